// The gateway's browser sign-in routes on their own (no subgraph needed): what /auth/config
// tells, when /auth/dev-token exists, and what it refuses.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_AUDIENCE, DEV_ISSUER } from '@equality-graph/auth';
import { createLogger } from '@equality-graph/service-kit';
import { decodeJwt } from 'jose';
import { testKeys } from '@equality-graph/testing';
import { browserSignInRoutes, devTokensServed, publicAuthConfig } from '../src/browser-sign-in';
import { loadEnvironment, type GatewayEnvironment } from '../src/environment';

const base = { INTERNAL_JWT_PRIVATE_KEY: testKeys.privateKeyPem, NODE_ENV: 'test' };
const oidc = {
  AUTH_MODE: 'oidc',
  OIDC_ISSUER: 'https://idp.example.fr/realms/cd92',
  OIDC_AUDIENCE: 'equality-graph',
  OIDC_JWKS_URL: 'https://idp.example.fr/jwks',
};

async function serve(env: GatewayEnvironment) {
  const routes = browserSignInRoutes(env, createLogger('gateway', 'silent'));
  const server = http.createServer((req, res) => {
    if (!routes(req, res)) res.writeHead(404).end('not a sign-in route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('/auth/config', () => {
  test('development: the roles of the picker; OIDC: the issuer, the public client and the scopes', () => {
    expect(publicAuthConfig(loadEnvironment(base))).toEqual({ mode: 'dev', roles: expect.arrayContaining(['MENTEE', 'ADMIN']) });
    expect(publicAuthConfig(loadEnvironment({ ...base, ...oidc, OIDC_CLIENT_ID: 'cd92-web' }))).toEqual({
      mode: 'oidc',
      issuer: oidc.OIDC_ISSUER,
      clientId: 'cd92-web',
      scope: 'openid profile',
    });
    expect(publicAuthConfig(loadEnvironment({ ...base, ...oidc }))).toMatchObject({ clientId: null });
  });

  test('development tokens are served in AUTH_MODE=dev only, never in production', () => {
    expect(devTokensServed(loadEnvironment(base))).toBe(true);
    expect(devTokensServed(loadEnvironment({ ...base, ...oidc }))).toBe(false);
    // loadEnvironment refuses dev mode in production; settings built in code must not slip through either.
    expect(devTokensServed({ ...loadEnvironment(base), NODE_ENV: 'production' })).toBe(false);
  });
});

describe('/auth/dev-token', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(loadEnvironment({ ...base, MAX_TOKEN_LIFETIME_SECONDS: '3600' }));
  });
  afterAll(() => server.stop());

  const ask = (body: string, method = 'POST') =>
    fetch(`${server.url}/auth/dev-token`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? body : undefined,
    });

  test('a role gives a development token for that role, within MAX_TOKEN_LIFETIME_SECONDS', async () => {
    const response = await ask('{"role":"MENTEE","sub":"dev-lea","name":"Léa"}');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { token, expiresIn } = (await response.json()) as { token: string; expiresIn: number };
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({ sub: 'dev-lea', roles: ['MENTEE'], name: 'Léa', iss: DEV_ISSUER, aud: DEV_AUDIENCE });
    expect(expiresIn).toBe(3600);
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
  });

  test.each([
    ['an unknown role', '{"role":"ROOT"}', 400, 'BAD_USER_INPUT'],
    ['an account id with a path in it', '{"role":"MENTEE","sub":"../admin"}', 400, 'BAD_USER_INPUT'],
    ['a JSON array', '["MENTEE"]', 400, 'BAD_REQUEST'],
    ['a body that is not JSON', 'not json', 400, 'BAD_REQUEST'],
    ['a body over 1 KiB', `{"role":"MENTEE","name":"${'x'.repeat(2000)}"}`, 413, 'PAYLOAD_TOO_LARGE'],
  ])('%s is refused', async (_label, body, status, code) => {
    const response = await ask(body);
    expect(response.status).toBe(status);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(code);
  });

  test('GET is refused: a token is never the answer to a link', async () => {
    expect((await ask('', 'GET')).status).toBe(405);
  });

  test('in AUTH_MODE=oidc the route does not exist', async () => {
    const oidcServer = await serve(loadEnvironment({ ...base, ...oidc }));
    const response = await fetch(`${oidcServer.url}/auth/dev-token`, { method: 'POST', body: '{"role":"ADMIN"}' });
    expect([response.status, await response.text()]).toEqual([404, 'not a sign-in route']);
    await oidcServer.stop();
  });
});
