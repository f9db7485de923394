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
