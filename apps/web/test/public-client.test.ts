// The public web client in Chromium against the real gateway and subgraphs (demo data): what a
// visitor, a woman looking for help, a professional and a young woman applying can do.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, screenshot, until, visible, type ViewportName } from '@equality-graph/web-kit/browser-testing';
import { Client } from 'pg';
import type { Locator, Page } from 'playwright-core';
import { SCREENSHOTS, WEB_ROOT, smallCounts, startWebApp, type WebApp } from './web-app';

let web: WebApp;

beforeAll(async () => {
  web = await startWebApp();
}, 240_000);

afterAll(async () => {
  await web?.stop();
});

jest.setTimeout(120_000);

const breakdownRows = (page: Page) => page.locator('[data-testid=breakdown-table] tbody tr');
const countOf = async (locator: Locator, count: number) => {
  await until(async () => (await locator.count()) === count, `${count} elements`).catch(() => undefined);
  expect(await locator.count()).toBe(count);
};

/** The page's text without the charts (their axes carry rates, not counts; the table carries the figures). */
const textWithoutCharts = (page: Page) =>
  page.evaluate(() => {
    const charts = [...document.querySelectorAll<HTMLElement>('.chart')];
    for (const chart of charts) chart.style.display = 'none';
    const text = document.body.innerText;
    for (const chart of charts) chart.style.display = '';
    return text;
  });

interface Cell {
  commune: { code: string };
  suppressed: boolean;
  value: number | null;
}

async function publicBreakdown(indicator: string, period: string): Promise<Cell[]> {
  const answer = await web.graph.query<{ indicatorBreakdown: { communes: Cell[] } }>(
    'query ($i: ID!, $p: String!) { indicatorBreakdown(indicator: $i, period: $p) { communes { commune { code } suppressed value } } }',
    { variables: { i: indicator, p: period } },
  );
  return answer.body.data?.indicatorBreakdown.communes ?? [];
}

async function expectTableMatchesPublicFigures(page: Page, indicator: string, period: string) {
  await countOf(breakdownRows(page), 36);
  const cells = await publicBreakdown(indicator, period);
  expect(cells).toHaveLength(36);
  // The demo data has small communes with counts of 1 to 5, so some cells must be withheld.
  expect(cells.filter((c) => c.suppressed).length).toBeGreaterThan(0);
  const shown = await breakdownRows(page).evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('data-commune'), (row.querySelector('[data-cell=value]') as HTMLElement | null)?.innerText.trim()]),
  );
  const expected = cells.map((c) => [
    c.commune.code,
    c.suppressed ? 'secret statistique' : new Intl.NumberFormat('fr-FR').format(c.value ?? NaN),
  ]);
  expect(shown).toEqual(expected);
  expect(smallCounts(await textWithoutCharts(page))).toEqual([]);
}

const optionOtherThan = (select: Locator, current: string) =>
  select
    .locator('option')
    .evaluateAll((options, skip) => options.map((o) => (o as HTMLOptionElement).value).find((v) => v !== skip), current);

test('a visitor opens the observatory, switches indicator and year, and sees the 36 communes with withheld cells said as such', async () => {
  const { page } = await web.open('/observatoire');
  const indicator = page.getByLabel('Indicateur', { exact: true });
  const year = page.getByLabel('Année', { exact: true });
  await countOf(breakdownRows(page), 36);
  const firstIndicator = await indicator.inputValue();
  const firstYear = await year.inputValue();
  await expectTableMatchesPublicFigures(page, firstIndicator, firstYear);
  expect(await page.locator('.badge-fictitious').first().innerText()).toBe('Données fictives de démonstration');
  expect(await page.locator('#secret-explanation').innerText()).toContain('Secret statistique');
  expect(await page.locator('.source').first().innerText()).toMatch(/Population municipale INSEE, millésime \d{4}/);

  const otherIndicator = String(await optionOtherThan(indicator, firstIndicator));
  await indicator.selectOption(otherIndicator);
  await until(async () => (await year.inputValue()) !== '', 'the years of the other indicator');
  const olderYear = String(await optionOtherThan(year, await year.inputValue()));
  await year.selectOption(olderYear);
  const caption = page.locator('#breakdown-table-caption');
  await until(async () => (await caption.innerText()).includes(olderYear), 'the caption of the chosen year');
  expect(new URL(page.url()).searchParams.get('indicateur')).toBe(otherIndicator);
  expect(otherIndicator).not.toBe(firstIndicator);
  await expectTableMatchesPublicFigures(page, otherIndicator, olderYear);
});

async function expectEmergencyNumbersInView(page: Page) {
  const viewport = page.viewportSize();
  const shown = await page.locator('.emergency-number').evaluateAll((links) =>
    links.map((link) => {
      const box = link.getBoundingClientRect();
      return { number: (link as HTMLElement).innerText, inView: box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight };
    }),
  );
  expect(viewport).not.toBeNull();
  expect(shown).toEqual(['17', '112', '114', '3919'].map((number) => ({ number, inView: true })));
  const exit = await page.getByRole('button', { name: 'Quitter rapidement' }).boundingBox();
  expect(exit && exit.y >= 0 && exit.y + exit.height <= (viewport?.height ?? 0)).toBe(true);
}

async function servicesOf(code: string): Promise<string[]> {
  const answer = await web.graph.query<{ commune: { supportServices: { name: string }[] } }>(
    'query ($c: ID!) { commune(code: $c) { supportServices { name } } }',
    { variables: { c: code } },
  );
  return (answer.body.data?.commune.supportServices ?? []).map((s) => s.name);
}

test.each(['92000', 'Nanterre'])('a woman finds help near her by "%s", with the emergency numbers in view', async (search) => {
  const { page } = await web.open('/aide', 'phone');
  await countOf(page.locator('.emergency-number'), 4);
  await expectEmergencyNumbersInView(page);
  await page.getByLabel('Ma commune ou mon code postal').fill(search);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await visible(page.getByRole('heading', { name: /Aide près de Nanterre/ }));
  const expected = await servicesOf('92050');
  expect(expected.length).toBeGreaterThan(0);
  expect(await page.locator('.services > li h3').allInnerTexts()).toEqual(expected);
  expect((await page.locator('.services > li .kind').allInnerTexts()).every((k) => k.trim() !== '')).toBe(true);
  await page.mouse.wheel(0, 3000);
  await until(async () => (await page.evaluate(() => window.scrollY)) > 0, 'the page to scroll');
  await expectEmergencyNumbersInView(page);
});

test('"Quitter rapidement" leaves at once for a neutral site and leaves no history entry of the help page', async () => {
  const { page, context } = await web.open('/');
  await context.route('https://www.google.fr/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Google</title>' }));
  await page.locator('nav').getByRole('link', { name: 'Trouver de l’aide' }).click();
  await visible(page.getByRole('button', { name: 'Quitter rapidement' }));
  const before = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Quitter rapidement' }).click();
  await page.waitForURL('https://www.google.fr/');
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/');
});

test('no request of the help section leaves the site, and nothing is stored: no tracking of any kind', async () => {
  const { page, context } = await web.open('/');
  const origins = new Set<string>();
  context.on('request', (request) => origins.add(new URL(request.url()).origin));
  await page.goto(`${web.app.url}/aide?q=92000`);
  await visible(page.getByRole('heading', { name: /Aide près de Nanterre/ }));
  expect([...origins]).toEqual([web.app.url]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test('anyone checks a certificate: a valid code gives the holder and course, an altered one nothing', async () => {
  const db = new Client({ connectionString: web.graph.subgraphs.training.databaseUrl });
  await db.connect();
  const rows = await db.query<{ code: string; holder: string }>(
    'SELECT verification_code AS code, holder_name AS holder FROM certificate WHERE erased_at IS NULL ORDER BY id LIMIT 1',
  );
  await db.end();
  const certificate = rows.rows[0];
  if (!certificate) throw new Error('the demo data has no certificate');
  const { page } = await web.open('/formation/verifier');
  const result = page.getByTestId('certificate-result');
  await page.getByLabel('Code de vérification').fill(certificate.code);
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await visible(result);
  expect(await result.innerText()).toContain('Attestation valide');
  expect(await result.innerText()).toContain(certificate.holder);

  const altered = `${certificate.code.slice(0, -1)}${certificate.code.endsWith('A') ? 'B' : 'A'}`;
  await page.getByLabel('Code de vérification').fill(altered);
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await until(async () => (await result.innerText()).includes('Aucune attestation'), 'the answer for the altered code');
  expect(await result.innerText()).not.toContain(certificate.holder);
});

async function checkAccessibility(page: Page, name: string, viewport: ViewportName) {
  const violations = await axeViolations(page);
  expect({ page: name, viewport, violations }).toEqual({ page: name, viewport, violations: [] });
}

test('a young woman signs in, sees a refused field explained beside it, applies and sees her application', async () => {
  const { page } = await web.open('/mentorat/candidature');
  await page.getByRole('link', { name: 'connectez-vous' }).click();
  await page.getByLabel('Jeune femme candidate au mentorat').check();
  await page.getByLabel('Nom affiché (facultatif)').fill('Inès');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL('**/mentorat/candidature');

  await page.getByLabel('Prénom').fill('Inès');
  await page.getByLabel('Année de naissance').fill('1960');
  await page.getByLabel('Commune où vous habitez').selectOption('92050');
  await page.getByLabel('Votre situation (études, emploi, recherche…)').fill('Étudiante en BTS');
  await page.getByLabel('Votre projet').fill('Créer une entreprise de design textile.');
  await page.getByLabel('Centres d’intérêt (séparés par des virgules)').fill('entrepreneuriat, design');
  await page.getByLabel('Vos disponibilités').fill('Le mercredi après-midi');
  await page.getByLabel('J’ai lu et j’accepte la charte du programme').check();
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();

  const birthYearError = page.locator('[data-field=birthYear] .field-error');
  await visible(birthYearError);
  expect(await birthYearError.innerText()).toMatch(/doit être celle d’une femme de \d+ à \d+ ans/);
  expect(await page.getByLabel('Année de naissance').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('.field-error').count()).toBe(1);
  await checkAccessibility(page, 'candidature-erreur', 'desktop');
  await screenshot(page, SCREENSHOTS, 'candidature-erreur', 'desktop');

  await page.getByLabel('Année de naissance').fill(String(new Date().getFullYear() - 22));
  await page.getByRole('button', { name: 'Envoyer ma candidature' }).click();
  const application = page.getByTestId('my-application');
  await visible(application);
  const text = await application.innerText();
  expect(text).toContain('Inès');
  expect(text).toContain('Candidature reçue');
  expect(text).toContain('Nanterre');
});

/** `whole`: also photographed whole (`<name>-page-<width>.png`), for the pages longer than a screen that matter most. */
const PAGES: { name: string; path: string; ready: (page: Page) => Promise<void>; whole?: boolean }[] = [
  { name: 'accueil', path: '/', ready: (p) => visible(p.getByRole('heading', { level: 1 })) },
  { name: 'observatoire', path: '/observatoire', ready: (p) => countOf(breakdownRows(p), 36), whole: true },
  { name: 'commune', path: '/communes/92050', ready: (p) => visible(p.getByRole('heading', { name: 'Nanterre', level: 1 })) },
  { name: 'aide', path: '/aide?q=92000', ready: (p) => visible(p.getByRole('heading', { name: /Aide près de Nanterre/ })) },
  { name: 'formation', path: '/formation', ready: (p) => visible(p.getByRole('heading', { name: /Catalogue/ })) },
  { name: 'attestation', path: '/formation/verifier', ready: (p) => visible(p.getByLabel('Code de vérification')) },
  { name: 'mentorat', path: '/mentorat', ready: (p) => visible(p.locator('#mentors-count')) },
  { name: 'connexion', path: '/connexion', ready: (p) => visible(p.getByRole('button', { name: 'Se connecter' })) },
];

describe.each(['desktop', 'phone'] as const)('at %s width', (viewport) => {
  // One browser context per width: the pages share its cache, as one visitor's would.
  let page: Page;
  beforeAll(async () => {
    ({ page } = await web.open('/', viewport));
  });

  test.each(PAGES)(
    'the $name page has no serious or critical accessibility violation (and is photographed)',
    async ({ name, path, ready, whole }) => {
      await page.goto(`${web.app.url}${path}`);
      await ready(page);
      await checkAccessibility(page, name, viewport);
      await screenshot(page, SCREENSHOTS, name, viewport);
      if (whole) await screenshot(page, SCREENSHOTS, `${name}-page`, viewport, true);
    },
  );

  test('a mentor’s public profile has no serious or critical accessibility violation', async () => {
    await page.goto(`${web.app.url}/mentorat`);
    await page.locator('.cards h3 a').first().click();
    await page.waitForURL(/\/mentorat\/mentores\//);
    await visible(page.getByText('Disponibilité'));
    await checkAccessibility(page, 'mentore', viewport);
    await screenshot(page, SCREENSHOTS, 'mentore', viewport);
  });
});

// Last, once every page above has run: the gateway's allow-list is the client's manifest, so each
// document the app actually sent (Apollo Client's additions included) must be one of its entries,
// under the id the manifest gives it.
test('every operation the app sent is, byte for byte, a document of its persisted-documents manifest', () => {
  const manifest = JSON.parse(readFileSync(path.join(WEB_ROOT, 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<
    string,
    string
  >;
  const sent = [...web.sentDocuments];
  expect(sent.length).toBeGreaterThanOrEqual(10);
  const byText = new Map(Object.entries(manifest).map(([id, text]) => [text, id]));
  for (const text of sent) {
    expect({ text, id: byText.get(text) ?? 'not in the manifest' }).toEqual({
      text,
      id: `sha256:${createHash('sha256').update(text).digest('hex')}`,
    });
  }
});

test('no page broke the strict content security policy it is served under', () => {
  expect(web.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});
