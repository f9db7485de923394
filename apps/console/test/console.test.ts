// The analysts' console in Chromium, served by the gateway itself at /console: an analyst signs in
// with the development role picker, runs a library operation, exports it as CSV (which must equal
// the JSON answer), and no request leaves the gateway's origin; in production an anonymous caller
// is told to sign in to explore the schema instead of getting a blank page.
import { readFileSync } from 'node:fs';
import { axeViolations, screenshot, until, visible } from '@equality-graph/web-kit/browser-testing';
import type { Page } from 'playwright-core';
import { startTestIdentityProvider } from '../../../gateway/test/oidc';
import { SCREENSHOTS, flatten, foreignRequests, parseCsv, startConsoleGraph, type ConsoleGraph } from './console-graph';

const OPERATION = 'DomesticViolenceRateAndTraining';
const DOCUMENT = readFileSync(`${__dirname}/../../../schema/operations/${OPERATION}.graphql`, 'utf8');

let lab: ConsoleGraph;
/** A running service's url is its /graphql endpoint; the console lives beside it on the same origin. */
const originOf = (url: string) => new URL(url).origin;

beforeAll(async () => {
  lab = await startConsoleGraph();
}, 300_000);

afterAll(async () => {
  await lab?.stop();
});

jest.setTimeout(180_000);

/** The page's visible text, for failure messages. */
const pageText = (page: Page) => page.evaluate(() => document.body.innerText).catch(() => '');

test('the gateway serves the console with a CSP that allows no inline script and no other origin', async () => {
  const response = await fetch(`${originOf(lab.graph.gateway.url)}/console/`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const csp = response.headers.get('content-security-policy') ?? '';
  const directives = Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
  expect(directives['default-src']).toEqual(["'none'"]);
  expect(directives['script-src']).toEqual(["'self'"]);
  expect(directives['connect-src']).toEqual(["'self'"]);
  // Whatever else is allowed, no directive names another origin (http:, https:, a host or *).
  for (const values of Object.values(directives)) for (const value of values) expect(value).toMatch(/^('[a-z-]+'|data:|blob:)$/);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
});

test('an analyst signs in with the role picker, runs a library operation, and exports the same rows as CSV; nothing leaves the origin', async () => {
  const origin = originOf(lab.graph.gateway.url);
  const { page, requested } = await lab.open(origin);

  await visible(page.getByLabel('Development role'));
  await page.getByLabel('Development role').selectOption('ANALYST');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await visible(page.locator('[data-testid=caller-roles]'));
  expect(await page.locator('[data-testid=caller-roles]').innerText()).toContain('ANALYST');

  await page.getByRole('button', { name: OPERATION, exact: true }).click();
  // The cost preview: the gateway's own number against the analyst's budget.
  await until(
    async () =>
      /Cost \d+ of a budget of \d+/.test(
        await page
          .locator('[data-testid=cost]')
          .innerText()
          .catch(() => ''),
      ),
    'the cost preview',
    60_000,
  );
  expect(await page.locator('[data-testid=cost]').innerText()).toMatch(/within budget/);

  await page.locator('.graphiql-execute-button').first().click();
  await until(
    async () =>
      (
        await page
          .locator('.graphiql-response')
          .innerText()
          .catch(() => '')
      ).includes('indicatorBreakdown'),
    'the result',
    60_000,
  ).catch(async (error: unknown) => {
    throw new Error(`${String(error)}\n--- the page said ---\n${(await pageText(page)).slice(0, 2000)}`);
  });
  // Monaco lays text out with non-breaking spaces.
  expect((await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ')).toContain('"period": "2023"');
  await screenshot(page, SCREENSHOTS, 'console-analyst', 'desktop');

  // Export: the same operation, the same caller, as CSV; compared with the JSON answer row by row.
  await page.getByLabel('Format').selectOption('csv');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Export CSV', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${OPERATION}.csv`);
  const csv = parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')).filter((row) => row.some((cell) => cell !== ''));
  const [header, ...lines] = csv;

  const json = await lab.graph.query<{ indicatorBreakdown: { communes: unknown[] } }>(DOCUMENT, { role: 'ANALYST' });
  expect(json.body.errors).toBeUndefined();
  const rows = json.body.data!.indicatorBreakdown.communes.map((row) => flatten(row));
  expect(rows.length).toBeGreaterThan(0);
  expect(lines).toHaveLength(rows.length);
  // Each field of a JSON row has its column (named by its dotted path, possibly prefixed by the list's path).
  for (const key of Object.keys(rows[0])) expect(header.some((column) => column === key || column.endsWith(`.${key}`))).toBe(true);
  // The shortest matching column: `populationYear` is the row's, `commune.populationYear` the commune's.
  const columnOf = (key: string) => {
    const matching = header.filter((column) => column === key || column.endsWith(`.${key}`)).sort((a, b) => a.length - b.length);
    return header.indexOf(matching[0]);
  };
  const asCell = (value: unknown) => (value === null || value === undefined ? '' : String(value));
  lines.forEach((line, i) => {
    const expected = Object.fromEntries(Object.entries(rows[i]).map(([key, value]) => [key, asCell(value)]));
    const shown = Object.fromEntries(Object.keys(rows[i]).map((key) => [key, line[columnOf(key)]]));
    expect(shown).toEqual(expected);
  });

  expect(requested.length).toBeGreaterThan(5);
  expect(requested.some((url) => url.includes('worker'))).toBe(true);
  expect(foreignRequests(requested, origin)).toEqual([]);
  // The CSP is strict and still lets the console load all it ships (its fonts included).
  expect(lab.consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);

  expect(await axeViolations(page)).toEqual([]);
});

test('in production an anonymous caller gets the console saying "Sign in to explore the schema", not a blank page', async () => {
  const idp = await startTestIdentityProvider();
  try {
    const production = await lab.graph.startGateway({ NODE_ENV: 'production', ...idp.env, CONSOLE_DIR: lab.consoleDir });
    const { page, requested } = await lab.open(originOf(production.url));
    await visible(page.locator('[data-testid=schema-refused]'));
    expect(await page.locator('[data-testid=schema-refused]').innerText()).toContain('Sign in to explore the schema');
    // The rest of the console is there: the library and the editor.
    await visible(page.getByRole('button', { name: OPERATION, exact: true }));
    await screenshot(page, SCREENSHOTS, 'console-production-anonymous', 'desktop');
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests(requested, originOf(production.url))).toEqual([]);
  } finally {
    await idp.stop();
  }
});
