/**
 * One PostgreSQL server (embedded) per test run, started in globalSetup; each test file
 * creates its own fresh databases on it and runs the real migrations.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  testMatch: ['<rootDir>/{gateway,services/*,packages/*,apps/*,scripts}/test/**/*.test.ts'],
  globalSetup: '<rootDir>/packages/testing/src/global-setup.ts',
  globalTeardown: '<rootDir>/packages/testing/src/global-teardown.ts',
  reporters: ['default', '<rootDir>/packages/testing/src/summary-reporter.cjs'],
  testTimeout: 60_000,
  maxWorkers: 2,
  // Servers a test forgot to stop must fail the run loudly rather than hang CI.
  forceExit: false,
};
