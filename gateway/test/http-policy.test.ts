// CORS and security headers as a browser sees them from the real gateway.
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { post } from './http';

const APP = 'https://app.example.fr';
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ env: { CORS_ORIGINS: `${APP},https://other.example.fr` } });
});
afterAll(() => graph.stop());

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });

test('a listed origin passes the preflight and reads answers with credentials', async () => {
  const response = await preflight(graph.gateway.url, APP);
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe(APP);
  expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
  const answer = await post(graph.gateway.url, { query: '{ me { id } }' }, { origin: APP });
  expect(answer.headers.get('access-control-allow-origin')).toBe(APP);
  expect(answer.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  expect(answer.headers.get('vary')).toMatch(/Origin/);
});

test('an unlisted origin gets no CORS headers and its preflight is refused', async () => {
  const response = await preflight(graph.gateway.url, 'https://evil.example.com');
  expect(response.status).toBe(403);
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  const answer = await post(graph.gateway.url, { query: '{ me { id } }' }, { origin: 'https://evil.example.com' });
  expect(answer.headers.get('access-control-allow-origin')).toBeNull();
});

test('a wildcard allows any origin but never with credentials', async () => {
  const open = await graph.startGateway({ CORS_ORIGINS: '*' });
  const response = await preflight(open.url, 'https://anyone.example.com');
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
});

test('JSON answers carry the security headers', async () => {
  const answer = await post(graph.gateway.url, { query: '{ me { id } }' });
  expect(
    Object.fromEntries(
      ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-security-policy', 'cache-control'].map((h) => [
        h,
        answer.headers.get(h),
      ]),
    ),
  ).toEqual({
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'cache-control': 'no-store',
  });
});

test("the development landing page forbids framing and keeps Apollo explorer's own script policy", async () => {
  const response = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  const html = await response.text();
  expect(html).toMatch(/http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
  expect(html).toContain('embeddable-sandbox.cdn.apollographql.com');
});
