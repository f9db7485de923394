// The browser tests' set-up: the real graph with demo data, the app built by Vite and served by
// the production server (web-kit's serve: strict CSP, /graphql and /auth/* forwarded to the
// gateway), and Chromium.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { launchChromium, VIEWPORTS, type ViewportName } from '@equality-graph/web-kit/browser-testing';
import { startWebServer, type RunningWebServer } from '@equality-graph/web-kit/serve';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const WEB_ROOT = path.resolve(__dirname, '..');
export const SCREENSHOTS = path.resolve(WEB_ROOT, '..', '..', 'docs', 'screenshots');

export interface WebApp {
  graph: TestGraph;
  app: RunningWebServer;
  browser: Browser;
  /** The text of every GraphQL document the app sent so far (POST bodies to /graphql). */
  sentDocuments: Set<string>;
  /** Console errors of every page so far (a CSP refusal shows there). */
  consoleErrors: string[];
  /** A fresh browser context (no shared memory, so no shared token) on a page of the app. */
  open(pathname: string, viewport?: ViewportName): Promise<{ page: Page; context: BrowserContext }>;
  stop(): Promise<void>;
}

/** Builds the app (vite, through its own build script) while the graph starts. */
export async function startWebApp(): Promise<WebApp> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'web-client-'));
  const build = promisify(execFile)(process.execPath, [require.resolve('tsx/cli'), 'scripts/build.mts', '--out-dir', outDir], {
    cwd: WEB_ROOT,
  });
  const [graph] = await Promise.all([
    // Every page of the run comes from 127.0.0.1: the per-address limit would count them as one visitor.
    startTestGraph({ seedDemoData: true, env: { RATE_LIMIT_MAX: '0' } }),
    build,
  ]);
  const app = await startWebServer({ root: outDir, gatewayUrl: graph.gateway.url, port: 0, host: '127.0.0.1' });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const sentDocuments = new Set<string>();
  const consoleErrors: string[] = [];
  return {
    consoleErrors,
    graph,
    app,
    browser,
    sentDocuments,
    async open(pathname, viewport = 'desktop') {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport], locale: 'fr-FR', timezoneId: 'Europe/Paris' });
      contexts.push(context);
      context.on('request', (request) => {
        const body = request.url().endsWith('/graphql') ? (request.postDataJSON() as { query?: unknown } | null) : null;
        if (typeof body?.query === 'string') sentDocuments.add(body.query);
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      await page.goto(`${app.url}${pathname}`);
      return { page, context };
    },
    async stop() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await app.stop();
      await graph.stop();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

/** Integers of 1 to 5 standing alone in a text (digit groups joined by spaces, decimals, signed changes and ordinals excluded). */
export function smallCounts(text: string): string[] {
  const numbers = text.match(/[+\-−]?\d+(?:[\u00a0\u202f]\d{3})*(?:[,.]\d+)?(?:re|e|er)?/g) ?? [];
  return numbers.filter((n) => /^[1-5]$/.test(n));
}
