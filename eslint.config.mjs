import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Browser globals the pure core must never reach for: it gets what it needs passed in.
const domGlobals = ['window', 'document', 'navigator', 'location', 'localStorage', 'sessionStorage', 'BroadcastChannel'];

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'node_modules/'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': ['error', { patterns: ['preact', 'preact/*', '../dom/*', '../ui/*', '../integrations/*'] }],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { URL: 'readonly', URLSearchParams: 'readonly', console: 'readonly', setTimeout: 'readonly' },
    },
  },
  {
    // Demo and fixture pages run in the browser.
    files: ['demo/**/*.js', 'test/fixtures/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', location: 'readonly' } },
  },
  {
    // Tools and configs run in Node.
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', Buffer: 'readonly', fetch: 'readonly' } },
  },
  {
    // The benchmark hands some of its functions to the page it measures.
    files: ['test/bench/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', PerformanceObserver: 'readonly', performance: 'readonly', getComputedStyle: 'readonly' } },
  },
);
