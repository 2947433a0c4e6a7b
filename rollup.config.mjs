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

// Which script-tag file a module belongs in: the loader's when the loader imports it (statically),
// the embed part's when that part needs it (the interface part then imports it from there), else the interface part's.
function part(id, getModuleInfo) {
  const reached = new Set();
  const seen = new Set();
  const walk = (current) => {
    if (seen.has(current)) return;
    seen.add(current);
    const info = getModuleInfo(current);
    if (!info) return;
    if (info.isEntry) reached.add('loader');
    if (current.endsWith('/src/browser-embed.ts')) reached.add('embed');
    if (current.endsWith('/src/browser-ui.tsx')) reached.add('ui');
    for (const importer of info.importers) walk(importer);
  };
  walk(id);
  if (reached.has('loader')) return 'einlass';
  return reached.has('embed') ? 'browser-embed' : undefined;
}

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
    // Script tag: ES modules, so the parts share the loader's code instead of repeating it. The loader
    // runs on every page view; the interface and embed parts are imported only when needed.
    input: { einlass: 'src/browser.ts' },
    // The loader's module gains the exports its parts import, so a repeat visit stays one request.
    preserveEntrySignatures: 'allow-extension',
    plugins: [cssText(), nodeResolve(), compile()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => (chunk.name === 'einlass' ? 'einlass.js' : `einlass-${chunk.name.replace(/^browser-/, '')}.js`),
      // Modules both parts use (the validator, the descriptions, the placeholders) go with the embed part, which is the smaller.
      manualChunks: (id, { getModuleInfo }) => part(id, getModuleInfo),
      plugins: [terser({ ecma: 2020, module: true })],
    },
  },
  {
    input: entries,
    external: [...external, /\.css\?text$/],
    plugins: [dts()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name].d.ts' },
  },
];
