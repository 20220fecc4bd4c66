import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Dependencies point one way (docs/ARCHITECTURE.md): schema <- doc-model, import, export <- server, apps/web.
// Packages never import apps or server; the web app never imports the server.
const noAppImports = {
  patterns: [
    { group: ['**/apps/**', '@minga/web', '@minga/web/*'], message: 'packages/ and server/ must not import the web app.' },
    { group: ['**/server/**', '@minga/server', '@minga/server/*'], message: 'packages/ and the web app must not import the server.' },
  ],
};

/** The workspace packages each package may import, as docs/ARCHITECTURE.md draws the arrows. */
const PACKAGE_ARROWS = { schema: [], 'doc-model': ['schema'], import: ['schema'], export: ['schema'] };
const BY_NAME = { group: ['**/packages/*/src/**'], message: 'import a package by its name (@minga/…), never by a path into it.' };
const NO_REACT = { group: ['react', 'react-dom', 'react/*'], message: 'packages/ stay free of React.' };
const NO_NODE = { group: ['node:*', 'fs', 'path', 'http'], message: 'packages/ stay free of Node APIs (they run in the browser too).' };

/** no-restricted-imports patterns for one package: its arrows, no apps or server, no path into another package. */
function packagePatterns(name, { node }) {
  const allowed = PACKAGE_ARROWS[name];
  const others = Object.keys(PACKAGE_ARROWS).filter((p) => p !== name && !allowed.includes(p));
  const may = allowed.length ? `only ${allowed.map((p) => `@minga/${p}`).join(', ')}` : 'no other workspace package';
  return [
    ...noAppImports.patterns,
    { group: others.flatMap((p) => [`@minga/${p}`, `@minga/${p}/*`]), message: `@minga/${name} may import ${may} (docs/ARCHITECTURE.md).` },
    { group: ['../../*/src/**', '../../../packages/**'], message: 'import another package by its name (@minga/…), never by a path into it.' },
    NO_REACT,
    ...(node ? [] : [NO_NODE]),
  ];
}

/** Sources of each package stay free of Node; their tests and scripts run in Node and may read files. */
const packageConfigs = Object.keys(PACKAGE_ARROWS).flatMap((name) => [
  {
    files: [`packages/${name}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: packagePatterns(name, { node: false }) }] },
  },
  {
    files: [`packages/${name}/**/*.test.ts`, `packages/${name}/scripts/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: packagePatterns(name, { node: true }) }] },
  },
]);

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
  ...packageConfigs,
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noAppImports.patterns[1], BY_NAME] }],
    },
  },
  // One editing shell: the unit's and the session's pages share components/doc and components/fields, never each other's files.
  ...[
    { folder: 'unit', other: 'composer' },
    { folder: 'composer', other: 'unit' },
    { folder: 'doc', other: 'unit', also: 'composer' },
    { folder: 'fields', other: 'unit', also: 'composer' },
  ].map(({ folder, other, also }) => ({
    files: [`apps/web/src/components/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        noAppImports.patterns[1],
        BY_NAME,
        {
          group: [`../${other}/*`, ...(also ? [`../${also}/*`] : [])],
          message: `components/${folder} may not import the ${also ? 'pages\' content' : `${other} page's files`}: shared parts live in components/doc and components/fields (docs/ARCHITECTURE.md).`,
        },
      ] }],
    },
  })),
  {
    files: ['server/**/*.{ts,mjs}', 'e2e/**/*.{ts,mjs,js}', 'scripts/**/*.mjs', '*.js', '*.ts', '.ci/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noAppImports.patterns[0], BY_NAME] }] },
  },
  {
    // Repositories are asynchronous (SQLite or Postgres): a check like requireRole that is not
    // awaited lets the request through. The types know which calls return promises.
    files: ['server/src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
