// Gateway-signed internal tokens cannot be replayed against another subgraph or after the
// operation deadline.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { keyIdOf, parsePrivateKey, signInternalToken } from '@equality-graph/auth';
import { identity, postGraphql, testKeys } from '@equality-graph/testing';
import { SignJWT, decodeJwt } from 'jose';
import { startTestGraph, tokenFor, type TestGraph } from '@equality-graph/testing/graph';

/**
 * What someone who sees the gateway's calls to one subgraph (that subgraph compromised, or its
 * network) can do with the tokens, and what request ids reach logs and audit rows.
 */
let graph: TestGraph;
let capture: Awaited<ReturnType<typeof startCapturingProxy>>;
let capturingGateway: string;
beforeAll(async () => {
  graph = await startTestGraph({ seedDemoData: true });
  capture = await startCapturingProxy(graph.subgraphs.mentoring.url);
  const urls = `mentoring=${capture.url},observatory=${graph.subgraphs.observatory.url},training=${graph.subgraphs.training.url}`;
  capturingGateway = (await graph.startGateway({ SUBGRAPH_URLS: urls })).url;
});
afterAll(async () => {
  await capture.stop();
  await graph.stop();
});

/** Passes requests to `target` and keeps the Authorization header of each. */
async function startCapturingProxy(target: string) {
  const authorizations: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.headers.authorization) authorizations.push(req.headers.authorization.replace(/^Bearer /, ''));
    const upstream = http.request(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    authorizations,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SHELTERS = '{ supportServices(first: 100) { edges { node { name address } } } }';
const TILLEULS = '12 rue Imaginaire, 92000 Nanterre (adresse fictive)';
type Shelters = { supportServices: { edges: { node: { name: string; address: string | null } }[] } };
const tilleuls = (data: Shelters | null | undefined) =>
  data?.supportServices.edges.find((e) => e.node.name === 'Résidence Les Tilleuls (fictif)')?.node.address;
const coordinator = identity('COORDINATOR');
const gatewayKey = parsePrivateKey(testKeys.privateKeyPem);
const now = () => Math.floor(Date.now() / 1000);

/** A coordinator's request through the gateway that calls mentoring only; returns the token mentoring saw. */
async function tokenSeenByMentoring(gateway = capturingGateway): Promise<string> {
  const seen = capture.authorizations.length;
  const { body } = await postGraphql(gateway, '{ mentors(first: 1) { totalCount } }', {
    token: await tokenFor('COORDINATOR'),
  });
  expect(body.errors).toBeUndefined();
  expect(capture.authorizations.length).toBeGreaterThan(seen);
  return capture.authorizations[capture.authorizations.length - 1];
}

describe('a token the gateway sent to one subgraph', () => {
  test('is refused (401) by another subgraph, even for a read its identity may make there', async () => {
    const token = await tokenSeenByMentoring();
    const replayed = await postGraphql<Shelters>(graph.subgraphs.observatory.url, SHELTERS, { token });
    expect(replayed.status).toBe(401);
    expect(replayed.body.data).toBeUndefined();
    expect(replayed.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const other of [graph.subgraphs.training.url]) expect((await postGraphql(other, '{ me { id } }', { token })).status).toBe(401);
    // The same identity with a token for the observatory does read the confidential address:
    // the refusal above is about the audience, not the identity.
    const own = await graph.subgraphs.observatory.query<Shelters>(SHELTERS, coordinator);
    expect(tilleuls(own.body.data)).toBe(TILLEULS);
  });

  test('names its subgraph and lives no longer than the operation deadline', async () => {
    const claims = decodeJwt(await tokenSeenByMentoring());
    expect(claims.aud).toBe('equality-graph-subgraph:mentoring');
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(20);
    const strict = (
      await graph.startGateway({
        SUBGRAPH_URLS: graph.gatewayEnv.SUBGRAPH_URLS.replace(graph.subgraphs.mentoring.url, capture.url),
        OPERATION_TIMEOUT_MS: '5000',
      })
    ).url;
    const short = decodeJwt(await tokenSeenByMentoring(strict));
    expect(short.exp! - short.iat!).toBeLessThanOrEqual(5);
    expect(short.exp! - short.iat!).toBeGreaterThanOrEqual(4);
  });

  test('still works against the subgraph it was meant for, until the deadline', async () => {
    const token = await tokenSeenByMentoring();
    expect((await postGraphql(graph.subgraphs.mentoring.url, '{ mentors(first: 1) { totalCount } }', { token })).status).toBe(200);
  });
});

describe('gateway-signed tokens a subgraph refuses (401)', () => {
  const signed = (claims: { aud: string; iat: number; exp: number }) =>
    new SignJWT({ roles: ['COORDINATOR'], rid: 'crafted-request' })
      // Named like the gateway's own tokens, so only the claims under test differ.
      .setProtectedHeader({ alg: 'ES256', kid: keyIdOf(gatewayKey) })
      .setIssuer('equality-graph-gateway')
      .setSubject('test-coordinator')
      .setAudience(claims.aud)
      .setIssuedAt(claims.iat)
      .setExpirationTime(claims.exp)
      .sign(gatewayKey);
  const OBSERVATORY = 'equality-graph-subgraph:observatory';

  test.each([
    ['one for another subgraph', () => ({ aud: 'equality-graph-subgraph:mentoring', iat: now(), exp: now() + 10 })],
    ['one for every subgraph (the former shared audience)', () => ({ aud: 'equality-graph-subgraphs', iat: now(), exp: now() + 10 })],
    ['one living 10 minutes, longer than an operation may', () => ({ aud: OBSERVATORY, iat: now(), exp: now() + 600 })],
    ['an expired one', () => ({ aud: OBSERVATORY, iat: now() - 30, exp: now() - 10 })],
    ['one issued a minute in the future', () => ({ aud: OBSERVATORY, iat: now() + 60, exp: now() + 70 })],
    ['one issued a minute ago with a fresh exp', () => ({ aud: OBSERVATORY, iat: now() - 60, exp: now() + 5 })],
  ])('%s', async (_case, claims) => {
    const { status, body } = await postGraphql<Shelters>(graph.subgraphs.observatory.url, SHELTERS, { token: await signed(claims()) });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
  });

  test('and accepts a well-formed one for itself (the cases above can fail)', async () => {
    const { status, body } = await postGraphql<Shelters>(graph.subgraphs.observatory.url, SHELTERS, {
      token: await signed({ aud: OBSERVATORY, iat: now(), exp: now() + 10 }),
    });
    expect(status).toBe(200);
    expect(tilleuls(body.data)).toBe(TILLEULS);
  });
});

describe('request ids', () => {
  const SAFE = /^[A-Za-z0-9._-]{8,64}$/;
  const auditedRequestIds = async (): Promise<string[]> =>
    (
      (await graph.subgraphs.observatory.dataSource!.query(
        `SELECT request_id FROM audit_log WHERE action = 'support_service.address.read' ORDER BY at DESC LIMIT 5`,
      )) as { request_id: string }[]
    ).map((r) => r.request_id);

  test.each([
    ['quotes and markup', `"><script>alert(1)</script>`],
    ['200 characters', 'r'.repeat(200)],
    ['a tab', 'abc\tdefghij'],
    ['only 3 characters', 'abc'],
  ])('a client request id with %s never reaches the response or an audit row as sent', async (_case, sent) => {
    const response = await graph.query<Shelters>(SHELTERS, { role: 'COORDINATOR', headers: { 'x-request-id': sent } });
    expect(tilleuls(response.body.data)).toBe(TILLEULS);
    const used = response.headers.get('x-request-id')!;
    expect(used).not.toBe(sent);
    expect(used).toMatch(SAFE);
    const audited = await auditedRequestIds();
    expect(audited[0]).toBe(used);
    expect(audited).not.toContain(sent);
  });

  test('a safe client request id is kept end to end, into the audit row', async () => {
    const response = await graph.query<Shelters>(SHELTERS, { role: 'COORDINATOR', headers: { 'x-request-id': 'support-ticket-4242' } });
    expect(response.headers.get('x-request-id')).toBe('support-ticket-4242');
    expect((await auditedRequestIds())[0]).toBe('support-ticket-4242');
  });

  test('a header folded onto a second line is never echoed', async () => {
    const url = new URL(graph.gateway.url);
    const body = JSON.stringify({ query: '{ communes { code } }' });
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.end(
          `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
            `X-Request-Id: first-line-id\r\n injected-second-line\r\nConnection: close\r\n\r\n${body}`,
        );
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).not.toContain('injected-second-line');
  });

  test('a subgraph takes the request id from the gateway token, never from a header', async () => {
    const token = await signInternalToken(coordinator, gatewayKey, {
      subgraph: 'observatory',
      requestId: 'gateway-rid-0001',
      expiresAt: Date.now() + 10_000,
    });
    const before = (await auditedRequestIds())[0];
    const response = await postGraphql<Shelters>(graph.subgraphs.observatory.url, SHELTERS, {
      token,
      headers: { 'x-request-id': 'attacker-chosen-id' },
    });
    expect(tilleuls(response.body.data)).toBe(TILLEULS);
    expect(response.headers.get('x-request-id')).toBe('gateway-rid-0001');
    const audited = await auditedRequestIds();
    expect(audited[0]).not.toBe(before);
    expect(audited[0]).toBe('gateway-rid-0001');
    const invalid = await postGraphql(graph.subgraphs.observatory.url, '{ nope }', {
      token,
      headers: { 'x-request-id': 'attacker-chosen-id' },
    });
    expect(invalid.body.errors?.[0].extensions?.requestId).toBe('gateway-rid-0001');
  });
});
