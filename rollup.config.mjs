import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';
import pkg from './package.json' with { type: 'json' };

// nanostores reads process.env.NODE_ENV, and lives in node_modules, which esbuild skips by default.
const compile = () =>
  esbuild({ target: 'es2022', exclude: [], define: { 'process.env.NODE_ENV': '"production"' } });

// `import css from '../../themes/base.css?text'` gives the minified stylesheet as a string.
const cssText = () => ({
  name: 'css-text',
  resolveId: (source, importer) => (source.endsWith('.css?text') && importer ? resolve(dirname(importer), source) : null),
  async load(id) {
    if (!id.endsWith('.css?text')) return null;
    const { code } = await transform(readFileSync(id.slice(0, -'?text'.length), 'utf8'), { loader: 'css', minify: true });
    return `export default ${JSON.stringify(code.trim())};`;
  },
});

const external = Object.keys(pkg.dependencies).flatMap((name) => [name, new RegExp(`^${name}/`)]);

// npm: one entry each, so an integration nobody imports costs nothing; shared code lands in chunks.
const entries = {
  einlass: 'src/index.ts',
  ui: 'src/ui/mount.tsx',
  matomo: 'src/integrations/matomo.ts',
  'google-analytics': 'src/integrations/google-analytics.ts',
  'google-ads': 'src/integrations/google-ads.ts',
  youtube: 'src/integrations/youtube.ts',
  'google-fonts': 'src/integrations/google-fonts.ts',
};

export default [
  {
    input: entries,
    external,
    plugins: [cssText(), nodeResolve(), compile()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name].mjs' },
  },
  {
    // Script tag: the loader, which runs on every page view. No Preact, no texts, no CSS.
    input: 'src/browser.ts',
    plugins: [nodeResolve(), compile()],
    output: { file: 'dist/einlass.js', format: 'iife', plugins: [terser({ ecma: 2020 })] },
  },
  {
    // Script tag: the interface part, fetched by the loader only when something must be shown.
    input: 'src/browser-ui.tsx',
    plugins: [cssText(), nodeResolve(), compile()],
    output: { file: 'dist/einlass-ui.js', format: 'iife', plugins: [terser({ ecma: 2020 })] },
  },
  {
    // Script tag: placeholders for blocked embeds, fetched instead of the interface part when a visitor has decided.
    input: 'src/browser-embed.ts',
    plugins: [cssText(), nodeResolve(), compile()],
    output: { file: 'dist/einlass-embed.js', format: 'iife', plugins: [terser({ ecma: 2020 })] },
  },
  {
    input: entries,
    external: [...external, /\.css\?text$/],
    plugins: [dts()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name].d.ts' },
  },
];
