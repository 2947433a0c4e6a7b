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
      globals: { process: 'readonly', URL: 'readonly', console: 'readonly', setTimeout: 'readonly', Buffer: 'readonly', window: 'readonly', document: 'readonly' },
    },
  },
);
