// `npm run lint`: ESLint with typescript-eslint and the Lit and web-component rule sets; Prettier formats
// (eslint-config-prettier turns off the rules it decides).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'test/fixtures/generated/',
      'bench/results.json',
      '.cache/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  { languageOptions: { globals: globals.browser } },
  { files: ['**/*.mjs', 'scripts/**', 'bench/*.mjs', '.storybook/**'], languageOptions: { globals: globals.node } },
  // `catch {}` is how the code says "a failure here is a miss, not an error"; each has its reason beside it.
  { rules: { 'no-empty': ['error', { allowEmptyCatch: true }] } },
  // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-unused-expressions': 'off' } },
  prettier,
);
