import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', '.cache/', 'custom-elements.json', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Lit's rules for Lit templates; the report service's `html` is Hono's, which Lit's parser misreads.
    files: ['**/*.ts'],
    ignores: ['service/**'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Code that runs inside WordPress pages, where its script API is the global `wp`.
    files: ['wordpress/**/*.js', 'test/node/wordpress.test.mjs'],
    languageOptions: { globals: { wp: 'readonly' } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read fixtures and DOM they have just built: `!` and `any` say what the test knows.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Chai's property assertions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
