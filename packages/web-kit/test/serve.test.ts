// The static server of the browser apps: strict security headers on every answer, client-side
// routes answered by index.html, hashed assets cached for good, nothing outside the build folder
// reachable, and the gateway's paths forwarded.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentSecurityPolicy, startWebServer, type RunningWebServer } from '../src/serve';

const SECRET = 'the secret next to the build';
const INDEX = '<!doctype html><html lang="fr"><head><script type="module" src="/assets/app-3f2a.js"></script></head></html>';

/** Sends the path byte for byte (fetch would normalise `..` away before sending). */
function raw(base: string, rawPath: string, method = 'GET', body?: string) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = http.request(
      { hostname, port, path: rawPath, method, headers: body ? { 'content-type': 'application/json' } : {} },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let web: RunningWebServer;
let gateway: http.Server;
const seenByGateway: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'web-serve-'));
  const root = path.join(dir, 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), INDEX);
  writeFileSync(path.join(root, 'assets', 'app-3f2a.js'), 'console.log("app")');
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  symlinkSync(path.join(dir, 'secret.txt'), path.join(root, 'link.txt'));
  gateway = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seenByGateway.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"ok":true}}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  web = await startWebServer({ root, gatewayUrl: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}` });
});
afterAll(async () => {
  await web.stop();
  await new Promise<void>((resolve) => gateway.close(() => resolve()));
});

describe('headers', () => {
  test('every answer carries the strict CSP and the hardening headers', async () => {
    for (const p of ['/', '/assets/app-3f2a.js', '/nowhere.js']) {
      const { headers } = await raw(web.url, p);
      expect(headers['content-security-policy']).toBe(contentSecurityPolicy());
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
      });
    }
  });

  test('the policy allows this origin only: no inline script, no third party, no framing', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy({ connectSources: ['https://idp.example.fr'] })).toContain("connect-src 'self' https://idp.example.fr;");
  });
});

describe('files and routes', () => {
  test('a route of the app is answered by index.html, revalidated; a hashed asset is cached for good', async () => {
    for (const route of ['/', '/observatoire', '/communes/92050', '/index.html']) {
      const answer = await raw(web.url, route);
      expect([answer.status, answer.text, answer.headers['content-type'], answer.headers['cache-control']]).toEqual([
        200,
        INDEX,
        'text/html; charset=utf-8',
        'no-cache',
      ]);
    }
    const asset = await raw(web.url, '/assets/app-3f2a.js');
    expect(asset.text).toBe('console.log("app")');
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  test('a missing file is 404, not the app; writing methods are refused', async () => {
    expect((await raw(web.url, '/assets/gone-1234.js')).status).toBe(404);
    expect((await raw(web.url, '/', 'POST', '{}')).status).toBe(405);
  });

  test.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00/index.html',
    '/link.txt',
    '/%E0%A4%A',
  ])('nothing outside the build folder is served: %s', async (p) => {
    const answer = await raw(web.url, p);
    expect(answer.text).not.toContain(SECRET);
    expect([400, 404]).toContain(answer.status);
  });
});

describe('the gateway proxy', () => {
  test('/graphql and /auth/* reach the gateway with their method, body and the client address', async () => {
    const answer = await raw(web.url, '/graphql?op=1', 'POST', '{"query":"{ ok }"}');
    expect(answer.text).toBe('{"data":{"ok":true}}');
    await raw(web.url, '/auth/config');
    expect(seenByGateway.map((r) => [r.method, r.url])).toEqual([
      ['POST', '/graphql?op=1'],
      ['GET', '/auth/config'],
    ]);
    expect(seenByGateway[0].body).toBe('{"query":"{ ok }"}');
    expect(seenByGateway[0].headers['x-forwarded-for']).toBe('127.0.0.1');
  });

  test('paths that only look alike stay with the app', async () => {
    const before = seenByGateway.length;
    expect((await raw(web.url, '/graphqlx')).text).toBe(INDEX);
    expect((await raw(web.url, '/authentification')).text).toBe(INDEX);
    expect(seenByGateway).toHaveLength(before);
  });
});
