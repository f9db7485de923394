// The console tests' set-up: the console built by its own script into a folder of its own, the real
// graph (demo data) whose gateway serves that build at /console, and Chromium with every request
// the pages make recorded.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { launchChromium, VIEWPORTS } from '@equality-graph/web-kit/browser-testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { buildConsole, CONSOLE_ROOT } from './console-build';

export { CONSOLE_ROOT };
export const SCREENSHOTS = path.resolve(CONSOLE_ROOT, '..', '..', 'docs', 'screenshots');

export interface ConsoleGraph {
  graph: TestGraph;
  consoleDir: string;
  browser: Browser;
  /** Console errors of every page (a CSP refusal shows there). */
  consoleErrors: string[];
  /** A fresh context on `${baseUrl}/console/`; `requested` collects every URL it asks for (pages, workers, fetches, downloads). */
  open(baseUrl: string): Promise<{ page: Page; context: BrowserContext; requested: string[] }>;
  stop(): Promise<void>;
}

export async function startConsoleGraph(): Promise<ConsoleGraph> {
  // The graph starts once the build is there: CONSOLE_DIR is read at the gateway's start.
  const consoleDir = await buildConsole();
  const graph = await startTestGraph({ seedDemoData: true, env: { RATE_LIMIT_MAX: '0', CONSOLE_DIR: consoleDir } });
  const browser = await launchChromium().catch(async (error: unknown) => {
    await graph.stop();
    await rm(consoleDir, { recursive: true, force: true });
    throw error;
  });
  const contexts: BrowserContext[] = [];
  const consoleErrors: string[] = [];
  return {
    graph,
    consoleDir,
    browser,
    consoleErrors,
    async open(baseUrl) {
      const context = await browser.newContext({ viewport: VIEWPORTS.desktop, acceptDownloads: true });
      contexts.push(context);
      const requested: string[] = [];
      // The context sees the requests of workers too, not only the page's.
      context.on('request', (request) => requested.push(request.url()));
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto(`${baseUrl}/console/`);
      return { page, context, requested };
    },
    async stop() {
      await Promise.all(contexts.map((c) => c.close().catch(() => undefined)));
      await browser.close();
      await graph.stop();
      await rm(consoleDir, { recursive: true, force: true });
    },
  };
}

/** Origins other than `origin` among the URLs (data: and blob: of this origin stay in the page). */
export function foreignRequests(urls: string[], origin: string): string[] {
  return urls.filter((url) => {
    if (url.startsWith('data:')) return false;
    const parsed = new URL(url.startsWith('blob:') ? url.slice('blob:'.length) : url);
    return parsed.origin !== origin;
  });
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** An object's leaves as dotted keys: { commune: { code: "92050" } } -> { "commune.code": "92050" }. */
export function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { [prefix]: value };
  return Object.entries(value).reduce<Record<string, unknown>>(
    (flat, [key, inner]) => ({ ...flat, ...flatten(inner, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}
