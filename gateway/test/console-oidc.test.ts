// The console's production sign-in in Chromium: authorization code + PKCE against a live
// OpenID Connect provider (oidc-provider in a child process), on a gateway in production mode
// serving the built console. The provider's pages are driven from Node (signInAtProvider); the
// browser leaves for the provider, comes back to /console/ with the code, and exchanges it
// itself (the console's CSP lets it reach the provider's token endpoint, nothing else).
import { rm } from 'node:fs/promises';
import net from 'node:net';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { launchChromium, until } from '@equality-graph/web-kit/browser-testing';
import { startTestProvider, type TestProvider } from '@equality-graph/web-kit/oidc-test-provider';
import { buildConsole } from '../../apps/console/test/console-build';
import { signInAtProvider } from '../../packages/web-kit/test/provider-browser';

jest.setTimeout(300_000);

/** A port free now: the provider must know the console's redirect URI before the gateway starts. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

let provider: TestProvider;
let graph: TestGraph;
// The type through web-kit: the gateway does not depend on playwright-core itself.
let browser: Awaited<ReturnType<typeof launchChromium>>;
let origin: string;
let CONSOLE_DIR: string;
beforeAll(async () => {
  CONSOLE_DIR = await buildConsole();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  provider = await startTestProvider({
    clientId: 'equality-graph-console',
    redirectUris: [`${origin}/console/`],
    audience: 'equality-graph',
    accounts: [{ id: 'analyst.one', roles: ['ANALYST'], name: 'Analyst One' }],
  });
  graph = await startTestGraph({ env: { NODE_ENV: 'production', ...provider.gatewayEnv, PORT: String(port), CONSOLE_DIR } });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await graph?.stop();
  await provider?.stop();
  if (CONSOLE_DIR) await rm(CONSOLE_DIR, { recursive: true, force: true });
});

test('an analyst signs in with the provider (code + PKCE), then the schema is hers to explore', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/.test(m.text()) && !/font/.test(m.text())) cspErrors.push(m.text());
  });
  await page.goto(`${origin}/console/`);
  // Anonymous in production: introspection refused, explained.
  await page.getByTestId('schema-refused').waitFor();

  // The browser leaves for the provider: taken over from Node, which logs in and consents.
  let authorizationUrl = '';
  await page.route(`${provider.issuer}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    authorizationUrl = route.request().url();
    await route.abort();
  });
  await page.getByRole('button', { name: /Sign in with the department/ }).click();
  await until(async () => authorizationUrl !== '', 'the browser to leave for the provider', 30_000);
  expect(new URL(authorizationUrl).searchParams.get('code_challenge_method')).toBe('S256');
  await page.unroute(`${provider.issuer}/**`);
  const { callbackUrl } = await signInAtProvider(authorizationUrl, `${origin}/console/`, 'analyst.one');

  await page.goto(callbackUrl);
  await page.getByTestId('caller-roles').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('caller-roles').textContent()).toBe('ANALYST');
  // The code is gone from the address bar, and the analyst may introspect: no refusal shown.
  await until(async () => new URL(page.url()).search === '', 'the code to leave the address bar');
  // The anonymous preview may show first; the analyst's replaces it once her session is in place.
  await until(async () => /of a budget of 50000/.test((await page.getByTestId('cost').textContent()) ?? ''), "the analyst's cost line", 30_000).catch(
    async (error: unknown) => {
      throw new Error(`${String(error)}; the cost line says: ${await page.getByTestId('cost').textContent()}`);
    },
  );
  expect(await page.getByTestId('schema-refused').count()).toBe(0);
  expect(cspErrors).toEqual([]);
});
