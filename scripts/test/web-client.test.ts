// The web client as `pnpm start` serves it, in Chromium, against the real graph with its
// allow-list built from the client's manifest (ALLOWLIST_MODE=all): every request the built
// bundle sends passes, an operation of anyone else is refused, and the page's CSP holds
// (nothing refused on the way, a call to another origin blocked).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { launchChromium } from '@equality-graph/web-kit/browser-testing';
import { contentSecurityPolicy, type RunningWebServer } from '@equality-graph/web-kit/serve';
import { WEB_APP_DIR, buildWebClientInto, serveWebClient } from '../lib/web-client';

// playwright-core's types, through web-kit (the root does not depend on it).
type Browser = Awaited<ReturnType<typeof launchChromium>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

const MANIFEST = path.join(WEB_APP_DIR, 'src', 'gql', 'persisted-documents.json');
/** Pages that query the graph as they open. */
const PAGES = ['/observatoire', '/communes/92050', '/aide', '/formation', '/mentorat'];

let graph: TestGraph;
let web: RunningWebServer;
let browser: Browser;
beforeAll(async () => {
  const outDir = path.join(mkdtempSync(path.join(tmpdir(), 'web-client-')), 'dist');
  [graph] = await Promise.all([
    startTestGraph({ env: { ALLOWLIST_MODE: 'all', PERSISTED_DOCUMENTS_MANIFESTS: MANIFEST, RATE_LIMIT_MAX: '0' } }),
    buildWebClientInto(outDir),
  ]);
  web = await serveWebClient(new URL(graph.gateway.url).origin, { port: 0, root: outDir });
  browser = await launchChromium();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await graph?.stop();
});

interface Exchange {
  body: { query?: string; operationName?: string } | null;
  codes: string[];
}

/** Opens each page and waits for its requests to settle; records what went to /graphql and what came back. */
async function visit(page: Page, pages: string[]) {
  const exchanges: Exchange[] = [];
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    const answer = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
    exchanges.push({
      body: response.request().postDataJSON() as Exchange['body'],
      codes: (answer.errors ?? []).map((e) => String(e.extensions?.code)),
    });
  });
  for (const pathname of pages) {
    // "No network for a while" alone could come before the bundle has even run its first query.
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/graphql')), page.goto(`${web.url}${pathname}`)]);
    await page.waitForLoadState('networkidle');
  }
  return { exchanges, refusals };
}

test("every page's requests pass the allow-list built from the client's manifest, under a CSP that refuses nothing", async () => {
  const manifest = Object.values((await import(MANIFEST)) as Record<string, string>);
  const page = await browser.newPage();
  const document = await page.goto(web.url);
  expect(document?.headers()['content-security-policy']).toBe(contentSecurityPolicy());
  const { exchanges, refusals } = await visit(page, PAGES);

  // Each page's own query at least (the observatory, a commune, help, training, mentoring).
  const sent = [...new Set(exchanges.map((e) => e.body?.operationName))];
  expect(sent).toEqual(
    expect.arrayContaining(['ObservatoryIndicators', 'CommuneOverview', 'EmergencyNumbers', 'TrainingCatalogue', 'MentorDirectory']),
  );
  for (const exchange of exchanges) {
    expect(manifest).toContain(exchange.body?.query);
    expect(exchange.codes).not.toContain('PERSISTED_QUERY_NOT_ALLOWED');
  }
  expect(refusals).toEqual([]);
  await page.close();
});

test('from the same page, an operation not in the manifest is refused and another origin is out of reach', async () => {
  const page = await browser.newPage();
  await page.goto(`${web.url}/observatoire`, { waitUntil: 'networkidle' });
  const adHoc = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ communes { code } }"}',
    });
    return ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
  });
  expect(adHoc).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  // The gateway's own origin is another origin for the page: connect-src 'self' keeps it out.
  const direct = await page.evaluate(
    async (url) =>
      fetch(url).then(
        () => 'reached',
        (error: Error) => error.name,
      ),
    graph.gateway.url,
  );
  expect(direct).toBe('TypeError');
  await page.close();
});
