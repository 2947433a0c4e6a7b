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
  // The rooms of src/ and what each may not reach (README, Development).
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-globals': ['error', ...domGlobals],
      'no-restricted-imports': ['error', { patterns: ['preact', 'preact/*', '../dom/*', '../ui/*', '../integrations/*', '../locales', '../locales/*', '../script-tag/*'] }],
    },
  },
  {
    // dom/ gates the page and cleans up: it shows no text and draws no interface.
    files: ['src/dom/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*', '../ui/*', '../locales', '../locales/*', '../integrations/*', '../script-tag/*'], message: 'dom/ shows no text and draws no interface.' }] }],
    },
  },
  {
    // ui/ reads stores and calls actions: it touches no cookie and no gate.
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['js-cookie', '../core/storage', '../core/cookies', '../dom/gate', '../dom/gated', '../dom/scripts', '../dom/activate', '../dom/cookies', '../dom/withdraw', '../apply', '../decide', '../create', '../script-tag/*'], message: 'ui/ touches no cookie and no gate: it reads stores and calls actions.' }] }],
    },
  },
  {
    // An integration is its folder: it never reaches the interface, the texts or another integration.
    files: ['src/integrations/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['preact', 'preact/*', '**/ui/*', '**/locales', '**/locales/*', '**/script-tag/*'], message: 'An integration names its texts by key ({ message: … }); the interface shows them.' },
      ] }],
    },
  },
  {
    files: ['src/integrations/*/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['preact', 'preact/*', '**/ui/*', '**/locales', '**/locales/*', '**/script-tag/*'], message: 'An integration names its texts by key ({ message: … }); the interface shows them.' },
        { regex: '^\\.\\./(?!\\.\\.)[^/]+/', message: 'An integration never imports another one; shared code sits beside the folders.' },
      ] }],
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
