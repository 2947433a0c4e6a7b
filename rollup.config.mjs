import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';
import pkg from './package.json' with { type: 'json' };

// nanostores reads process.env.NODE_ENV, and lives in node_modules, which esbuild skips by default.
const compile = () =>
  esbuild({ target: 'es2022', exclude: [], define: { 'process.env.NODE_ENV': '"production"' } });

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
    input: 'src/index.ts',
    external,
    plugins: [dts()],
    output: { file: 'dist/einlass.d.ts', format: 'es' },
  },
];
