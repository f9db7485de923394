import {
  ANONYMOUS,
  generateInternalKeyPair,
  identityFromClaims,
  mintDevToken,
  parsePrivateKey,
  signInternalToken,
} from '@equality-graph/auth';
import { postGraphql, testKeys } from '@equality-graph/testing';
import { SignJWT } from 'jose';
import { DEV_SECRET, startTestGraph, type TestGraph } from './graph';

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
    const token = await signInternalToken(identityFromClaims({ sub: 'intruder', roles: ['ADMIN'] }), foreign, 'x');
    for (const subgraph of subgraphs()) {
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
    const expired = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('equality-graph-gateway')
      .setAudience('equality-graph-subgraphs')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 540)
      .sign(key);
    const otherAudience = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer('equality-graph-gateway')
      .setAudience('somewhere-else')
      .setIssuedAt()
      .setExpirationTime('1m')
      .sign(key);
    for (const token of [expired, otherAudience]) {
      expect((await postGraphql(graph.subgraphs.training.url, '{ me { id } }', { token })).status).toBe(401);
    }
  });

  test('serves a request signed with the gateway key, and keeps health and metrics open', async () => {
    const token = await signInternalToken(ANONYMOUS, parsePrivateKey(testKeys.privateKeyPem), 'x');
    const { status, body } = await postGraphql<{ _service: { sdl: string } }>(graph.subgraphs.mentoring.url, '{ _service { sdl } }', {
      token,
    });
    expect(status).toBe(200);
    expect(body.data!._service.sdl).toContain('CommuneMentoring');
    const base = graph.subgraphs.mentoring.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    expect(await (await fetch(`${base}/metrics`)).text()).toContain('db_statements_total');
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
