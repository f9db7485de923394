// The gateway's /console routes over HTTP, without a browser (the browser test is console.test.ts):
// the built console's files with the strict CSP, a clear 503 when it is not built, and the cost
// preview (POST /console/cost) computing what the gateway enforces against the caller's budget.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { mintDevToken } from '@equality-graph/auth';
import { createLogger } from '@equality-graph/service-kit';
import { testKeys } from '@equality-graph/testing';
import type { GraphQLSchema } from 'graphql';
import { identityOf, clientVerifier } from '../src/client-identity';
import { consoleRoutes } from '../src/console/console-routes';
import { loadEnvironment, type GatewayEnvironment } from '../src/environment';
import { LIMIT_CODE } from '../src/operation-limits';

const apiSchema: GraphQLSchema = Supergraph.build(readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();

async function serve(env: GatewayEnvironment) {
  const verify = clientVerifier(env);
  const routes = consoleRoutes({
    env,
    logger: createLogger('gateway', 'silent'),
    exposeLimits: true,
    limitCode: LIMIT_CODE,
    schema: () => apiSchema,
    identify: (req) => identityOf(req, verify),
  });
  const server = http.createServer((req, res) => {
    if (!routes(req, res)) res.writeHead(404).end('not a console route');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The status of a GET of `rawPath` exactly as written (no URL normalisation). */
const rawStatus = (url: string, rawPath: string) =>
  new Promise<number | undefined>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    http
      .get({ hostname, port, path: rawPath }, (res) => {
        res.resume();
        resolve(res.statusCode);
      })
      .on('error', reject);
  });

const base = { INTERNAL_JWT_PRIVATE_KEY: testKeys.privateKeyPem, NODE_ENV: 'test' };
let workDir: string;
beforeAll(() => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'console-routes-'));
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('/console files', () => {
  test('not built: 503 saying how to build it; /console itself redirects to /console/', async () => {
    const server = await serve(loadEnvironment({ ...base, CONSOLE_DIR: path.join(workDir, 'nothing-here') }));
    try {
      const page = await fetch(`${server.url}/console/`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('pnpm --filter console build');
      const bare = await fetch(`${server.url}/console`, { redirect: 'manual' });
      expect(bare.status).toBe(308);
      expect(bare.headers.get('location')).toBe('/console/');
      expect((await fetch(`${server.url}/consoles`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });

  test('built: index.html for the page and its routes, assets cached for good, a strict CSP on everything', async () => {
    const dist = path.join(workDir, 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(path.join(workDir, 'secret.txt'), 'outside the build');
    const server = await serve(loadEnvironment({ ...base, CONSOLE_DIR: dist }));
    try {
      const page = await fetch(`${server.url}/console/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<title>console</title>');
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      // Scripts from this origin's files only; Monaco's run-time <style> elements are the one exception, for styles.
      expect(csp.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("font-src 'self' data:");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/https?:/);
      expect(page.headers.get('x-frame-options')).toBe('DENY');

      const asset = await fetch(`${server.url}/console/assets/index-abc.js`);
      expect(asset.headers.get('content-type')).toContain('text/javascript');
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(await (await fetch(`${server.url}/console/some/route`)).text()).toContain('<title>console</title>');
      expect((await fetch(`${server.url}/console/assets/missing.js`)).status).toBe(404);
      // fetch would normalise the dots away: sent as written, as an attacker's client would.
      expect(await rawStatus(server.url, '/console/%2e%2e/secret.txt')).toBe(400);
      expect(await rawStatus(server.url, '/console/../secret.txt')).toBe(400);
      expect((await fetch(`${server.url}/console/`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.stop();
    }
  });
});

describe('POST /console/cost', () => {
  const env = loadEnvironment({ ...base, MAX_BODY_BYTES: '4096' });
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    server = await serve(env);
  });
  afterAll(() => server.stop());

  const ask = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/console/cost`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const bearer = async (role: 'ANALYST' | 'MENTEE') => ({
    authorization: `Bearer ${await mintDevToken(env.DEV_JWT_SECRET, { sub: `dev-${role.toLowerCase()}`, roles: [role] }, 600)}`,
  });
  const codeOf = async (response: Response) => ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code;

  test("the cost of the operation against the caller's budget: everyone's, or the analysts' larger one", async () => {
    // communes is a list of 36 (list-size-hints): 1 + 36 x (code + name) = 73.
    const query = '{ communes { code name } }';
    const anonymous = await ask({ query });
    expect(anonymous.status).toBe(200);
    expect(await anonymous.json()).toEqual({ cost: 73, budget: env.MAX_COST, withinBudget: true, roles: [], scopes: [] });

    const analyst = (await (await ask({ query }, await bearer('ANALYST'))).json()) as Record<string, unknown>;
    expect(analyst).toMatchObject({ cost: 73, budget: Math.max(env.MAX_COST, env.MAX_COST_ANALYST), withinBudget: true, roles: ['ANALYST'] });
    expect(analyst.scopes).toEqual(expect.arrayContaining(['statistics:raw']));
  });

  test('over the budget: said, not refused; variables count (a page size given as a variable)', async () => {
    const query = 'query Page($n: Int) { mentors(first: $n) { edges { node { id displayName } } } }';
    const small = (await (await ask({ query, variables: { n: 1 }, operationName: 'Page' })).json()) as { cost: number };
    const huge = (await (await ask({ query, variables: { n: 100_000 }, operationName: 'Page' })).json()) as { cost: number; withinBudget: boolean };
    expect(huge.cost).toBeGreaterThan(small.cost);
    expect(huge.withinBudget).toBe(false);
  });

  test('refusals: invalid document, unparsable one, unknown operation, bad variables, bad token, huge body, GET', async () => {
    expect(await codeOf(await ask({ query: '{ noSuchField }' }))).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await codeOf(await ask({ query: '{ communes { ' }))).toBe('GRAPHQL_PARSE_FAILED');
    expect(await codeOf(await ask({ query: 'query A { communes { code } }', operationName: 'B' }))).toBe('BAD_USER_INPUT');
    const badVariables = await ask({ query: 'query P($n: Int) { mentors(first: $n) { edges { node { id } } } }', variables: { n: 'many' } });
    expect(badVariables.status).toBe(400);
    expect(await codeOf(badVariables)).toBe('BAD_USER_INPUT');
    const badToken = await ask({ query: '{ communes { code } }' }, { authorization: 'Bearer not.a.token' });
    expect(badToken.status).toBe(401);
    const huge = await ask({ query: `{ communes { code } } # ${'x'.repeat(10_000)}` });
    expect(huge.status).toBe(413);
    expect((await fetch(`${server.url}/console/cost`)).status).toBe(405);
  });
});
