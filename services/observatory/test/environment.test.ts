// The observatory's environment: refusals, required variables and its own two settings.
import { generateInternalKeyPair } from '@equality-graph/auth';
import { loadEnvironment } from '../src/environment';

const keys = generateInternalKeyPair();

test('a subgraph refuses to start with a message for each bad variable', () => {
  expect(() => loadEnvironment({ DATABASE_URL: 'mysql://x', PORT: 'eighty', INTERNAL_JWT_PUBLIC_KEY: 'abc', LOG_LEVEL: 'loud' })).toThrow(
    /observatory: invalid configuration\n(?=[\s\S]*DATABASE_URL: must start with postgres)(?=[\s\S]*PORT:)(?=[\s\S]*INTERNAL_JWT_PUBLIC_KEY: must be a PEM)(?=[\s\S]*LOG_LEVEL:)/,
  );
});

test('a subgraph names the missing required variables', () => {
  expect(() => loadEnvironment({})).toThrow(/DATABASE_URL: required[\s\S]*INTERNAL_JWT_PUBLIC_KEY: required/);
});

test('a subgraph starts from defaults plus its two required variables', () => {
  const env = loadEnvironment({ DATABASE_URL: 'postgres://u:p@h:5432/d', INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem });
  expect(env).toMatchObject({ PORT: 4002, NODE_ENV: 'development', RUN_MIGRATIONS: true, SEED_DEMO_DATA: false });
});

test('the disclosure threshold and import size limit have defaults and refuse bad values', () => {
  const base = { DATABASE_URL: 'postgres://u:p@h:5432/d', INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem };
  expect(loadEnvironment(base)).toMatchObject({ DISCLOSURE_THRESHOLD: 5, IMPORT_MAX_BYTES: 5 * 1024 * 1024 });
  expect(loadEnvironment({ ...base, DISCLOSURE_THRESHOLD: '10' }).DISCLOSURE_THRESHOLD).toBe(10);
  expect(() => loadEnvironment({ ...base, DISCLOSURE_THRESHOLD: '0', IMPORT_MAX_BYTES: 'big' })).toThrow(/DISCLOSURE_THRESHOLD[\s\S]*IMPORT_MAX_BYTES/);
});
