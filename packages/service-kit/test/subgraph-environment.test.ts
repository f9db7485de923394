// The environment pieces every subgraph shares: defaults, refusals and their messages.
import { generateInternalKeyPair } from '@equality-graph/auth';
import { parseEnvironment, subgraphEnvironment } from '../src/environment';

const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', INTERNAL_JWT_PUBLIC_KEY: generateInternalKeyPair().publicKeyPem };

test('a subgraph serves metrics on loopback and accepts gateway tokens living at most 20 s by default', () => {
  expect(parseEnvironment(subgraphEnvironment, base, 'test')).toMatchObject({
    METRICS_HOST: '127.0.0.1',
    INTERNAL_TOKEN_MAX_LIFETIME_SECONDS: 20,
  });
});

test('a subgraph names a gateway token lifetime bound beyond what the gateway can ask for', () => {
  expect(() => parseEnvironment(subgraphEnvironment, { ...base, INTERNAL_TOKEN_MAX_LIFETIME_SECONDS: '3600' }, 'test')).toThrow(
    /INTERNAL_TOKEN_MAX_LIFETIME_SECONDS: must be at most 300/,
  );
});
