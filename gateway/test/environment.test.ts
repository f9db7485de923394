// The gateway's settings: refusals of unsafe combinations and the safe defaults.
import { generateInternalKeyPair } from '@equality-graph/auth';
import { loadEnvironment } from '../src/environment';

const keys = generateInternalKeyPair();

test('the gateway refuses development tokens in production', () => {
  expect(() => loadEnvironment({ NODE_ENV: 'production', INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem })).toThrow(
    /AUTH_MODE: dev tokens are refused in production/,
  );
});

test('the gateway requires the identity provider settings in OIDC mode', () => {
  expect(() => loadEnvironment({ AUTH_MODE: 'oidc', INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem })).toThrow(
    /OIDC_ISSUER: required when AUTH_MODE=oidc/,
  );
});

test('the gateway rejects a malformed subgraph URL list and a short dev secret', () => {
  expect(() =>
    loadEnvironment({ INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem, SUBGRAPH_URLS: 'mentoring=ftp://x', DEV_JWT_SECRET: 'short' }),
  ).toThrow(/(?=[\s\S]*SUBGRAPH_URLS: "mentoring=ftp:\/\/x" is not name=http)(?=[\s\S]*DEV_JWT_SECRET: must be at least 32)/);
});

test('the security settings have safe defaults', () => {
  const env = loadEnvironment({ INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem });
  expect(env).toMatchObject({
    MAX_DEPTH: 6,
    MAX_ALIASES: 15,
    MAX_DIRECTIVES: 50,
    MAX_TOKENS: 1000,
    MAX_COST: 5000,
    MAX_BATCH_OPERATIONS: 10,
    RATE_LIMIT_MAX: 300,
    ALLOWLIST_MODE: 'off',
    CORS_ORIGINS: [],
    RATE_LIMIT_ON_REDIS_ERROR: 'local',
  });
  expect(env.REDIS_URL).toBeUndefined();
});

test('the gateway rejects a CORS origin that is not an origin and a Redis URL of another scheme', () => {
  expect(() =>
    loadEnvironment({
      INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem,
      CORS_ORIGINS: 'https://ok.example.fr,app.example.fr/path',
      REDIS_URL: 'http://redis:6379',
    }),
  ).toThrow(/(?=[\s\S]*CORS_ORIGINS: "app.example.fr\/path" is not an origin)(?=[\s\S]*REDIS_URL: must be a redis:\/\/)/);
});

test('metrics listen on their own loopback port and client tokens live at most 24 h by default', () => {
  const env = loadEnvironment({ INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem });
  expect(env).toMatchObject({ PORT: 4000, METRICS_PORT: 9400, METRICS_HOST: '127.0.0.1', MAX_TOKEN_LIFETIME_SECONDS: 86_400 });
});

test('the gateway names a bad token lifetime bound', () => {
  for (const value of ['10', 'forever', String(365 * 86_400)]) {
    expect(() => loadEnvironment({ INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem, MAX_TOKEN_LIFETIME_SECONDS: value })).toThrow(
      /MAX_TOKEN_LIFETIME_SECONDS: must be (at least 60|a number|at most 2592000)/,
    );
  }
});
