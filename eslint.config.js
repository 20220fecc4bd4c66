import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependencies point one way: schema <- doc-model <- server, apps/web. Packages never import apps or server.
const noAppImports = {
  patterns: [
    { group: ['**/apps/**', '@minga/web', '@minga/web/*'], message: 'packages/ and server/ must not import the web app.' },
    { group: ['**/server/**', '@minga/server', '@minga/server/*'], message: 'packages/ and the web app must not import the server.' },
  ],
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/test-results/**', '**/playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...noAppImports.patterns,
          { group: ['react', 'react-dom', 'react/*'], message: 'packages/ stay free of React.' },
          { group: ['node:*', 'fs', 'path', 'http'], message: 'packages/ stay free of Node APIs (they run in the browser too).' },
        ],
      }],
    },
  },
  {
    files: ['packages/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...noAppImports.patterns,
          { group: ['@minga/*'], message: '@minga/schema imports nothing from the workspace.' },
          { group: ['react', 'react-dom', 'node:*'], message: '@minga/schema stays pure.' },
        ],
      }],
    },
  },
  {
    // Tests and scripts of the packages run in Node and may read fixtures from disk.
    files: ['packages/**/*.test.ts', 'packages/*/scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...noAppImports.patterns,
          { group: ['react', 'react-dom', 'react/*'], message: 'packages/ stay free of React.' },
        ],
      }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noAppImports.patterns[1]] }],
    },
  },
  {
    files: ['server/**/*.{ts,mjs}', 'e2e/**/*.{ts,mjs,js}', 'scripts/**/*.mjs', '*.js', '*.ts', '.ci/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports.patterns[0]] }] },
  },
);
