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

export default [
  {
    // npm: one ES module with the dependencies left to the user's bundler.
    input: 'src/index.ts',
    external,
    plugins: [nodeResolve(), compile()],
    output: { file: 'dist/einlass.mjs', format: 'es' },
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
    // npm: `einlass/ui`, kept apart so that headless users never pull in Preact.
    input: 'src/ui/mount.tsx',
    external,
    plugins: [cssText(), nodeResolve(), compile()],
    output: { file: 'dist/ui.mjs', format: 'es' },
  },
  {
    input: 'src/index.ts',
    external,
    plugins: [dts()],
    output: { file: 'dist/einlass.d.ts', format: 'es' },
  },
  {
    input: 'src/ui/mount.tsx',
    external: [...external, /\.css\?text$/],
    plugins: [dts()],
    output: { file: 'dist/ui.d.ts', format: 'es' },
  },
];
