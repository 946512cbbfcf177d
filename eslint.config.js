// ESLint flat config: typescript-eslint (type-aware) for all TypeScript,
// eslint-plugin-svelte for components, and the purity fence around shared/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const purityMessage =
  'shared/ is the pure domain: time, randomness and I/O arrive as arguments (see docs/ARCHITECTURE.md).';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'web/build/**',
      'web/.svelte-kit/**',
      'data/**',
      'artifacts/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSAnyKeyword', message: 'no any' },
      ],
    },
  },
  {
    files: ['web/**/*.svelte', 'web/**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['web/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The domain stays pure: no clock, no randomness, no I/O, no transport.
    files: ['shared/src/**/*.ts'],
    ignores: ['shared/src/client/**', 'shared/src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: purityMessage },
            {
              group: [
                'socket.io',
                'socket.io-client',
                'better-sqlite3',
                'fastify',
                'fastify/*',
                '@fastify/*',
              ],
              message: purityMessage,
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: purityMessage },
        { object: 'Math', property: 'random', message: purityMessage },
        { object: 'performance', property: 'now', message: purityMessage },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: purityMessage },
        { name: 'document', message: purityMessage },
        { name: 'localStorage', message: purityMessage },
        { name: 'fetch', message: purityMessage },
        { name: 'setTimeout', message: purityMessage },
        { name: 'setInterval', message: purityMessage },
        { name: 'process', message: purityMessage },
        { name: 'crypto', message: purityMessage },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: purityMessage,
        },
      ],
    },
  },
);
