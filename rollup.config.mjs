import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  // What the visitor reads about an integration: fetched with either part, never by the loader.
  if (/\/src\/integrations\/[^/]+\/about\.ts$/.test(id)) return 'embed-part';
  const reached = new Set();
  const seen = new Set();
  const walk = (current) => {
    if (seen.has(current)) return;
    seen.add(current);
    const info = getModuleInfo(current);
    if (!info) return;
    if (info.isEntry) reached.add('loader');
    if (current.endsWith('/src/script-tag/embed-part.ts')) reached.add('embed');
    if (current.endsWith('/src/script-tag/ui-part.tsx')) reached.add('ui');
    for (const importer of info.importers) walk(importer);
  };
  walk(id);
  if (reached.has('loader')) return 'einlass';
  return reached.has('embed') ? 'embed-part' : undefined;
}

// The floating button's label, read from the locale files when the loader is built. A repeat visit
// shows the button without a language's whole file: the loader fetches `einlass-reopen-<locale>.js`
// (one text, 70 B or less) for the language it shows, so a language adds no text to the loader.
// `import fallback from 'einlass:reopen-fallback'` is English's, for when that part cannot be fetched.
const reopenLabels = () => {
  // Read once per build: the fallback's module and the emitted parts ask for the same labels.
  let read;
  const labels = (context) => (read ??= readLabels(context));
  const readLabels = async (context) => {
    const files = readdirSync('src/locales').filter((name) => /^[a-z-]+\.ts$/.test(name) && name !== 'index.ts');
    const found = {};
    for (const file of files) {
      context.addWatchFile(resolve('src/locales', file));
      const { code } = await transform(readFileSync(resolve('src/locales', file), 'utf8'), { loader: 'ts', format: 'esm' });
      found[file.slice(0, -3)] = (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default.reopen;
    }
    return found;
  };
  return {
    name: 'reopen-labels',
    buildStart: () => { read = undefined; },
    resolveId: (source) => (source === 'einlass:reopen-fallback' ? '\0reopen-fallback' : null),
    async load(id) {
      return id === '\0reopen-fallback' ? `export default ${JSON.stringify((await labels(this)).en)};` : null;
    },
    async generateBundle() {
      for (const [locale, label] of Object.entries(await labels(this))) {
        this.emitFile({ type: 'asset', fileName: `einlass-reopen-${locale}.js`, source: `export default ${JSON.stringify(label)};\n` });
      }
    },
  };
};

// A build starts from an empty dist/, so no file of an earlier layout is shipped or measured.
const clean = () => ({ name: 'clean', buildStart: () => { rmSync('dist', { recursive: true, force: true }); } });

const external = Object.keys(pkg.dependencies).flatMap((name) => [name, new RegExp(`^${name}/`)]);

// npm: one entry each, so an integration nobody imports costs nothing; shared code lands in chunks.
// Every folder of src/integrations/ with an index.ts is an integration, and its own entry point
// (dist/integrations/<name>.mjs, which package.json exports as einlass/<name>).
const integrations = readdirSync('src/integrations').filter((name) => existsSync(`src/integrations/${name}/index.ts`));
const entries = {
  einlass: 'src/index.ts',
  ui: 'src/ui/mount.ts',
  locales: 'src/locales/index.ts',
  ...Object.fromEntries(integrations.map((name) => [`integrations/${name}`, `src/integrations/${name}/index.ts`])),
};

export default [
  {
    input: entries,
    external,
    plugins: [clean(), cssText(), nodeResolve(), compile()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: (chunk) => (chunk.facadeModuleId?.includes('/src/locales/') ? 'chunks/lang-[name].mjs' : 'chunks/[name].mjs'),
    },
  },
  {
    // Script tag: ES modules, so the parts share the loader's code instead of repeating it. The loader
    // runs on every page view; the interface and embed parts are imported only when needed.
    input: { einlass: 'src/script-tag/loader.ts' },
    // The loader's module gains the exports its parts import, so a repeat visit stays one request.
    preserveEntrySignatures: 'allow-extension',
    plugins: [cssText(), reopenLabels(), nodeResolve(), compile()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // einlass-ui.js, einlass-embed.js, einlass-settings.js, einlass-declaration.js, einlass-preact.js,
      // einlass-config-check.js, and one per language: einlass-lang-de.js (and einlass-reopen-de.js, above).
      chunkFileNames: (chunk) => {
        if (chunk.name === 'einlass') return 'einlass.js';
        // Preact, with what the settings and the declaration share: fetched by whichever comes first.
        // Preact's core, that is: preact/hooks, which only the declaration uses, goes with the declaration.
        if (chunk.moduleIds.some((id) => id.includes('/node_modules/preact/dist/'))) return 'einlass-preact.js';
        return chunk.facadeModuleId?.includes('/src/locales/') ? `einlass-lang-${chunk.name}.js` : `einlass-${chunk.name.replace(/-part$/, '')}.js`;
      },
      // Modules both parts use (the integrations' descriptions, the placeholders) go with the embed part, which is the smaller.
      manualChunks: (id, { getModuleInfo }) => part(id, getModuleInfo),
      plugins: [terser({ ecma: 2020, module: true, compress: { passes: 3 } })],
    },
  },
  {
    input: entries,
    external: [...external, /\.css\?text$/],
    plugins: [dts()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name].d.ts' },
  },
];
