// Lint with type information over the whole workspace: the rules below are the ones the
// conventions rely on (promises awaited, settings read in one place, no `!` in services).
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/generated/**', '**/dist/**', '.data/**', 'apps/**/build/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    plugins: { 'import-x': importX },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'import-x/order': ['error', { groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'] }],
      'import-x/first': 'error',
      'import-x/no-duplicates': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Settings are read only in environment.ts (one zod schema per process).' },
      ],
    },
  },
  {
    files: ['{gateway,services/*,packages/*}/src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // The files whose job is to read the environment: each process's environment.ts, the
    // command-line scripts and the test harness (which sets it for the processes it starts).
    files: ['**/environment.ts', 'scripts/**/*.ts', '**/cli/**/*.ts', 'packages/testing/**/*.ts', '**/test/**/*.ts', 'codegen.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
