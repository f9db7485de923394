// Lint with type information over the whole workspace: the rules below are the ones the
// conventions rely on (promises awaited, settings read in one place, no `!` in src, import order).
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const SETTINGS_MESSAGE = 'Settings are read only in environment.ts (one zod schema per process).';

/** `// eslint-disable… -- why`: a disable comment without a reason after `--` is reported. */
const disableNeedsReason = {
  meta: { type: 'suggestion', schema: [], messages: { missing: 'Say why after `--` in every eslint-disable comment.' } },
  create(context) {
    return {
      Program() {
        for (const comment of context.sourceCode.getAllComments()) {
          const text = comment.value.trim();
          if (/^eslint-disable(-next-line|-line)?\b/.test(text) && !/\s--\s*\S/.test(text)) {
            context.report({ loc: comment.loc, messageId: 'missing' });
          }
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/generated/**', '**/dist/**', '.data/**', 'coverage/**'] },
  {
    files: ['**/*.{ts,tsx,mts}'],
    extends: [tseslint.configs.base],
    plugins: { 'import-x': importX, local: { rules: { 'disable-needs-reason': disableNeedsReason } } },
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
      'local/disable-needs-reason': 'error',
      // `process.env`, `process['env']` and `const { env } = process`.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: SETTINGS_MESSAGE }],
      'no-restricted-syntax': [
        'error',
        // `globalThis.process.env`, `global.process.env`
        { selector: "MemberExpression[property.name='env'][object.type='MemberExpression'][object.property.name='process']", message: SETTINGS_MESSAGE },
        // `const { env } = globalThis.process`
        {
          selector: "VariableDeclarator[init.type='MemberExpression'][init.property.name='process'] > ObjectPattern > Property[key.name='env']",
          message: SETTINGS_MESSAGE,
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'process', importNames: ['env'], message: SETTINGS_MESSAGE },
            { name: 'node:process', importNames: ['env'], message: SETTINGS_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    files: ['{gateway,services/*,packages/*,apps/*}/src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
  {
    // The files whose job is to read the environment: each process's environment.ts, the
    // command-line scripts (root scripts, a service's cli/) and test code, which sets the
    // environment of the processes it starts.
    files: ['**/environment.ts', 'scripts/**/*.ts', '{apps,packages}/*/scripts/**/*.mts', 'services/*/src/cli/*.ts', 'packages/testing/src/**/*.ts', '**/test/**/*.ts', 'codegen.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off', 'no-restricted-imports': 'off' },
  },
);
