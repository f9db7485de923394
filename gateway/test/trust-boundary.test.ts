// The trust boundary between gateway and subgraphs: what a subgraph called without the gateway
// refuses, and what the gateway never forwards.
import {
  ANONYMOUS,
  DEV_AUDIENCE,
  DEV_ISSUER,
  generateInternalKeyPair,
  identityFromClaims,
  keyIdOf,
  mintDevToken,
  parsePrivateKey,
  signInternalToken,
} from '@equality-graph/auth';
import { postGraphql, testKeys } from '@equality-graph/testing';
import { SignJWT, type JWTPayload } from 'jose';
import { DEV_SECRET, startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { startTestIdentityProvider } from './oidc';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph.stop());

const SUBGRAPH_QUERIES = [
  '{ _service { sdl } }',
  '{ me { id } }',
  'query { _entities(representations: [{ __typename: "Commune", code: "92050" }]) { __typename } }',
];
const subgraphs = () => Object.values(graph.subgraphs);

describe('a subgraph called without the gateway', () => {
  test.each(SUBGRAPH_QUERIES)('answers 401 to %s without a token', async (query) => {
    for (const subgraph of subgraphs()) {
      const { status, body } = await postGraphql(subgraph.url, query);
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  test('answers 401 to a token signed by another key', async () => {
    const foreign = parsePrivateKey(generateInternalKeyPair().privateKeyPem);
    for (const subgraph of subgraphs()) {
      const token = await signInternalToken(identityFromClaims({ sub: 'intruder', roles: ['ADMIN'] }), foreign, {
        subgraph: subgraph.name,
        requestId: 'intruder-request',
        expiresAt: Date.now() + 10_000,
      });
      const { status } = await postGraphql(subgraph.url, '{ _service { sdl } }', { token });
      expect(status).toBe(401);
    }
  });

  test('answers 401 to a client token (dev HS256) sent straight to it', async () => {
    const token = await mintDevToken(DEV_SECRET, { sub: 'a', roles: ['ADMIN'] });
    expect((await postGraphql(graph.subgraphs.observatory.url, '{ me { id } }', { token })).status).toBe(401);
  });

  test('answers 401 to an expired gateway token and to one for another audience', async () => {
    const key = parsePrivateKey(testKeys.privateKeyPem);
    // The gateway's key id, so each token is refused for what the test names, not for lacking one.
    const expired = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'ES256', kid: keyIdOf(key) })
      .setIssuer('equality-graph-gateway')
      .setAudience('equality-graph-subgraph:training')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 540)
      .sign(key);
    const otherAudience = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'ES256', kid: keyIdOf(key) })
      .setIssuer('equality-graph-gateway')
      .setAudience('somewhere-else')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(key);
    for (const token of [expired, otherAudience]) {
      expect((await postGraphql(graph.subgraphs.training.url, '{ me { id } }', { token })).status).toBe(401);
    }
  });

  test('serves a request signed with the gateway key, keeps health open, and serves metrics only on the metrics port', async () => {
    const token = await signInternalToken(ANONYMOUS, parsePrivateKey(testKeys.privateKeyPem), {
      subgraph: 'mentoring',
      requestId: 'health-check-1',
      expiresAt: Date.now() + 10_000,
    });
    const { status, body } = await postGraphql<{ _service: { sdl: string } }>(graph.subgraphs.mentoring.url, '{ _service { sdl } }', {
      token,
    });
    expect(status).toBe(200);
    expect(body.data!._service.sdl).toContain('CommuneMentoring');
    const base = graph.subgraphs.mentoring.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    expect(await (await fetch(graph.subgraphs.mentoring.metricsUrl)).text()).toContain('db_statements_total');
  });
});

describe('the gateway', () => {
  test('answers 401 to a client token it cannot verify, rather than serving it as anonymous', async () => {
    const forged = await mintDevToken('another-secret-0123456789abcdef0123456789', { sub: 'x', roles: ['ADMIN'] });
    for (const token of [forged, 'not-a-jwt']) {
      const { status, body } = await graph.query('{ me { id } }', { token });
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const malformed = await postGraphql(graph.gateway.url, '{ me { id } }', { headers: { authorization: 'Basic abc' } });
    expect(malformed.status).toBe(401);
  });

  test('ignores roles it does not know in a valid token', async () => {
    const token = await mintDevToken(DEV_SECRET, { sub: 'someone', roles: ['SUPERUSER' as 'ADMIN', 'MENTEE'] });
    const { body } = await graph.query('{ me { roles } }', { token });
    expect(body.data).toEqual({ me: { roles: ['MENTEE'] } });
  });

  test('returns its request id in a header and in every error', async () => {
    const response = await graph.query('{ commune(code: "92050") { mentoring { menteeCount } } }', {
      headers: { 'x-request-id': 'support-ticket-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('support-ticket-123');
    expect(response.body.errors?.[0].extensions?.requestId).toBe('support-ticket-123');
  });
});

describe('client tokens the gateway refuses although their signature is valid', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const devToken = (claims: JWTPayload) =>
    new SignJWT({ roles: ['ADMIN'], iss: DEV_ISSUER, aud: DEV_AUDIENCE, ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(Buffer.from(DEV_SECRET, 'utf8'));
  /** Each is refused with 401 UNAUTHENTICATED; `sub` is set unless the case is about it. */
  const REFUSED: [string, () => JWTPayload][] = [
    ['without exp', () => ({ sub: 'no-expiry', iat: now() })],
    ['with an exp 1,000 years ahead', () => ({ sub: 'forever', iat: now(), exp: now() + 1000 * 365 * 86_400 })],
    ['without iat and an exp two days ahead', () => ({ sub: 'long', exp: now() + 2 * 86_400 })],
    ['issued an hour in the future', () => ({ sub: 'future', iat: now() + 3600, exp: now() + 7200 })],
    ['living 30 hours (exp - iat), though it expires soon', () => ({ sub: 'old', iat: now() - 29 * 3600, exp: now() + 3600 })],
    ['without sub', () => ({ iat: now(), exp: now() + 600 })],
    ['with an empty sub', () => ({ sub: '', iat: now(), exp: now() + 600 })],
    ['with a numeric sub', () => ({ sub: 42 as unknown as string, iat: now(), exp: now() + 600 })],
    ['with a 1000-character sub', () => ({ sub: 'x'.repeat(1000), iat: now(), exp: now() + 600 })],
  ];
  const fine = () => ({ sub: 'fine', iat: now(), exp: now() + 600 });

  test.each(REFUSED)('in development (HS256): a token %s gets 401', async (_case, claims) => {
    expect((await graph.query('{ me { id } }', { token: await devToken(fine()) })).status).toBe(200);
    const { status, body } = await graph.query('{ me { id } }', { token: await devToken(claims()) });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe('with OpenID Connect', () => {
    let idp: Awaited<ReturnType<typeof startTestIdentityProvider>>;
    let oidcGateway: string;
    beforeAll(async () => {
      idp = await startTestIdentityProvider();
      oidcGateway = (await graph.startGateway(idp.env)).url;
    });
    afterAll(() => idp.stop());

    test.each(REFUSED)('a token %s gets 401', async (_case, claims) => {
      expect((await postGraphql(oidcGateway, '{ me { id } }', { token: await idp.signClaims(fine()) })).status).toBe(200);
      const { status, body } = await postGraphql(oidcGateway, '{ me { id } }', { token: await idp.signClaims(claims()) });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  test('MAX_TOKEN_LIFETIME_SECONDS sets the bound: a 2-hour token passes the default, not a 1-hour limit', async () => {
    const token = await devToken({ sub: 'two-hours', iat: now(), exp: now() + 7200 });
    expect((await graph.query('{ me { id } }', { token })).status).toBe(200);
    const strict = await graph.startGateway({ MAX_TOKEN_LIFETIME_SECONDS: '3600' });
    expect((await postGraphql(strict.url, '{ me { id } }', { token })).status).toBe(401);
  });
});
