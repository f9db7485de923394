// Rotating the gateway's internal signing key: a subgraph trusting old and new keys accepts both,
// one whose set no longer holds the old key refuses it, and a token naming no trusted key id is
// refused; the key set is checked at start-up.
import { createPublicKey } from 'node:crypto';
import { parse } from 'graphql';
import { SignJWT, calculateJwkThumbprint } from 'jose';
import {
  INTERNAL_ISSUER,
  generateInternalKeyPair,
  internalAudience,
  keyIdOf,
  parseInternalKeySet,
  parsePrivateKey,
  signInternalToken,
  type InternalKeyPair,
} from '@equality-graph/auth';
import { identity, postGraphql, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { parseEnvironment, subgraphEnvironment, type SubgraphContextBase, type SubgraphDefinition } from '@equality-graph/service-kit';

const definition: SubgraphDefinition<SubgraphContextBase> = {
  name: 'key_probe',
  typeDefs: parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
    type Query {
      whoami: String
    }
  `),
  resolvers: { Query: { whoami: (_: unknown, __: unknown, context: SubgraphContextBase) => context.identity.sub ?? null } },
  entities: [],
  migrations: [],
  createContext: (base) => base,
};

const oldPair = generateInternalKeyPair();
const newPair = generateInternalKeyPair();
const mentor = identity('MENTOR');

const tokenFrom = (pair: InternalKeyPair) =>
  signInternalToken(mentor, parsePrivateKey(pair.privateKeyPem), {
    subgraph: definition.name,
    requestId: 'rotation',
    expiresAt: Date.now() + 10_000,
  });

/** A token that verifies with `pair` but whose header names `kid` (or none). */
async function tokenNaming(pair: InternalKeyPair, kid: string | undefined): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: mentor.roles, rid: 'rotation' })
    .setProtectedHeader(kid === undefined ? { alg: 'ES256' } : { alg: 'ES256', kid })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(internalAudience(definition.name))
    .setSubject(mentor.sub ?? 'x')
    .setIssuedAt(now)
    .setExpirationTime(now + 10)
    .sign(parsePrivateKey(pair.privateKeyPem));
}

async function ask(subgraph: TestSubgraph, token: string) {
  return postGraphql<{ whoami: string | null }>(subgraph.url, '{ whoami }', { token });
}

test('a token names its key by the RFC 7638 thumbprint, the same from the private and the public key', async () => {
  const privateKey = parsePrivateKey(newPair.privateKeyPem);
  const header = JSON.parse(Buffer.from((await tokenFrom(newPair)).split('.')[0], 'base64url').toString()) as { kid: string };
  const expected = await calculateJwkThumbprint(
    createPublicKey(newPair.publicKeyPem).export({ format: 'jwk' }) as Parameters<typeof calculateJwkThumbprint>[0],
  );
  expect(header.kid).toBe(expected);
  expect(keyIdOf(privateKey)).toBe(expected);
  expect([...parseInternalKeySet(newPair.publicKeyPem).keys()]).toEqual([expected]);
  expect(keyIdOf(parsePrivateKey(oldPair.privateKeyPem))).not.toBe(expected);
});

describe('during a rotation (old and new public keys trusted)', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(definition, { gatewayPublicKeys: `${oldPair.publicKeyPem}${newPair.publicKeyPem}` });
  });
  afterAll(() => subgraph.stop());

  test('a gateway still signing with the old key and one signing with the new key are both served', async () => {
    for (const pair of [oldPair, newPair]) {
      const response = await ask(subgraph, await tokenFrom(pair));
      expect(response.status).toBe(200);
      expect(response.body.data?.whoami).toBe(mentor.sub);
    }
  });

  test('a token without a key id, or naming a key the subgraph does not hold, is refused with 401', async () => {
    const unknown = keyIdOf(parsePrivateKey(generateInternalKeyPair().privateKeyPem));
    for (const token of [
      await tokenNaming(newPair, undefined),
      await tokenNaming(newPair, unknown),
      await tokenNaming(newPair, 'not-a-key-id'),
    ]) {
      expect((await ask(subgraph, token)).status).toBe(401);
    }
  });

  test("a key id of a trusted key does not make another key's signature valid", async () => {
    const forger = generateInternalKeyPair();
    const token = await tokenNaming(forger, keyIdOf(parsePrivateKey(oldPair.privateKeyPem)));
    expect((await ask(subgraph, token)).status).toBe(401);
  });
});

describe('after the old key is withdrawn (the same subgraph trusts only the new key)', () => {
  let subgraph: TestSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph(definition, {
      gatewayPublicKeys: JSON.stringify({ keys: [createPublicKey(newPair.publicKeyPem).export({ format: 'jwk' })] }),
    });
  });
  afterAll(() => subgraph.stop());

  test('the old key is refused and the new one served (key set given as a JWKS)', async () => {
    expect((await ask(subgraph, await tokenFrom(oldPair))).status).toBe(401);
    const response = await ask(subgraph, await tokenFrom(newPair));
    expect(response.body.data?.whoami).toBe(mentor.sub);
  });
});

describe('the key set variable (INTERNAL_JWT_PUBLIC_KEY)', () => {
  const load = (value: string) => () =>
    parseEnvironment(subgraphEnvironment, { DATABASE_URL: 'postgres://u:p@localhost:5432/d', INTERNAL_JWT_PUBLIC_KEY: value }, 'probe');

  test('takes one key, a bundle with escaped newlines, or a JWKS', () => {
    const bundle = `${oldPair.publicKeyPem}${newPair.publicKeyPem}`.trim().replace(/\n/g, '\\n');
    expect(parseInternalKeySet(load(bundle)().INTERNAL_JWT_PUBLIC_KEY).size).toBe(2);
    const jwk = { ...createPublicKey(oldPair.publicKeyPem).export({ format: 'jwk' }), kid: keyIdOf(createPublicKey(oldPair.publicKeyPem)) };
    expect(parseInternalKeySet(load(JSON.stringify({ keys: [jwk] }))().INTERNAL_JWT_PUBLIC_KEY).size).toBe(1);
  });

  test('refuses a private key, a JWKS key id that is not the thumbprint, a non-P-256 key and garbage, naming the variable', () => {
    const jwk = { ...createPublicKey(oldPair.publicKeyPem).export({ format: 'jwk' }), kid: 'rotation-2026' };
    expect(load(oldPair.privateKeyPem)).toThrow(/INTERNAL_JWT_PUBLIC_KEY: .*private key/);
    expect(load(JSON.stringify({ keys: [jwk] }))).toThrow(/INTERNAL_JWT_PUBLIC_KEY: .*thumbprint/);
    expect(
      load('-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----'),
    ).toThrow(/EC P-256/);
    expect(load('abc')).toThrow(/INTERNAL_JWT_PUBLIC_KEY: must be a PEM/);
  });
});
