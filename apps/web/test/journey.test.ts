// Issue 16's journey in the browser, one browser context per person, against the real stack (the
// subgraphs on embedded PostgreSQL, the gateway, the built app, the mentoring notification worker
// and a real SMTP server): a young woman signed in with no role applies; a new mentor offers to
// mentor; the coordinator approves her, accepts the application, opens the explained suggestions and
// proposes the best-scored mentor; both accept sharing an email and each reads the other's; the
// mentee logs a session, the mentor sees it and completes the mentorship; both are asked for the
// survey. Then the emails: the expected ones, in French, each once, none carrying the note. Last,
// the coordinator ends another pair early from her list of pairs.
import { deliveriesSettled, startNotificationWorker, type NotificationWorker } from '@equality-graph/notifications';
import { startSmtpSink, type SmtpSink } from '@equality-graph/notifications/smtp-sink';
import { axeViolations, screenshot, until, visible, VIEWPORTS } from '@equality-graph/web-kit/browser-testing';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, startWebApp, type WebApp } from './web-app';

let web: WebApp;
let sink: SmtpSink;
let worker: NotificationWorker;

beforeAll(async () => {
  [web, sink] = await Promise.all([startWebApp(), startSmtpSink()]);
  worker = await startNotificationWorker({
    databaseUrl: web.graph.subgraphs.mentoring.databaseUrl,
    smtpUrl: sink.url,
    from: 'Femmes des Hauts-de-Seine <ne-pas-repondre@example.org>',
    appUrl: web.app.url,
    pollingIntervalSeconds: 0.5,
    relayIntervalMs: 500,
  });
}, 300_000);

afterAll(async () => {
  await worker?.stop();
  await sink?.stop();
  await web?.stop();
});

const NOTE = 'Note confidentielle : elle hésite entre deux écoles';
// Interests no demo mentor covers, so that the mentor who offers them scores best (1.0) without a tie.
const INTERESTS = 'tapisserie, orfèvrerie';

/** At phone width the page fits: nothing wider than the screen, no serious accessibility violation. */
async function atPhoneWidth(page: Page, name: string) {
  await page.setViewportSize(VIEWPORTS.phone);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect({ page: name, overflow }).toEqual({ page: name, overflow: 0 });
  await expectAccessible(page, `${name}-phone`);
  await screenshot(page, SCREENSHOTS, name, 'phone');
  await page.setViewportSize(VIEWPORTS.desktop);
}

async function expectAccessible(page: Page, name: string) {
  const violations = await axeViolations(page);
  expect({ page: name, violations }).toEqual({ page: name, violations: [] });
}

/** Signs in from a space's "connectez-vous" link as a development account, and comes back to the space. */
async function signIn(page: Page, role: string, account: string, name: string) {
  const back = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'connectez-vous' }).click();
  await page.getByLabel(role).check();
  await page.getByLabel('Identifiant du compte (facultatif)').fill(account);
  await page.getByLabel('Nom affiché (facultatif)').fill(name);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`**${back}`);
}

/** Opens a space again through the app's own links (the token lives in memory: no reload), so it reads afresh. */
async function revisit(page: Page, space: string) {
  const nav = page.getByRole('navigation', { name: 'Espaces du mentorat' });
  const other = space === 'Coordination' ? 'Espace mentorée' : 'Coordination';
  await nav.getByRole('link', { name: other }).click();
  await visible(page.getByRole('heading', { level: 1 }));
  await nav.getByRole('link', { name: space }).click();
}

const mentorship = (page: Page) => page.getByTestId('mentorship');

test('a young woman with no role goes through the programme in the browser; the emails arrive in French, each once, without the note', async () => {
  // A personality with no role offers to mentor.
  const mentor = (await web.open('/mentorat/espace-mentore')).page;
  await signIn(mentor, 'Nouveau compte, sans rôle', 'journey-nadia', 'Nadia');
  await visible(mentor.getByLabel('Nom affiché', { exact: true }));
  await mentor.getByLabel('Nom affiché', { exact: true }).fill('Nadia Journey');
  await mentor.getByLabel('Votre métier ou votre parcours en une ligne').fill('Artisane d’art');
  await mentor.getByLabel('Domaines où vous pouvez aider (séparés par des virgules)').fill(INTERESTS);
  await mentor.getByLabel('Commune', { exact: true }).selectOption('92050');
  await mentor.getByLabel('Nombre de mentorées que vous pouvez suivre').fill('3');
  await mentor.getByLabel('Adresse électronique pour les nouvelles du programme').fill('nadia@example.org');
  await mentor.getByLabel('J’ai lu et j’accepte la charte du programme').check();
  await mentor.getByRole('button', { name: 'Envoyer ma proposition' }).click();
  await visible(mentor.getByTestId('profile-status'));
  expect(await mentor.getByTestId('profile-status').innerText()).toContain('Profil en attente de validation');

  // A young woman with no role applies.
  const mentee = (await web.open('/mentorat/mon-espace')).page;
  await signIn(mentee, 'Nouveau compte, sans rôle', 'journey-ines', 'Inès');
  await mentee.getByRole('link', { name: 'déposer ma candidature' }).click();
  await mentee.getByLabel('Prénom').fill('Inès');
  await mentee.getByLabel('Année de naissance').fill(String(new Date().getFullYear() - 22));
  await mentee.getByLabel('Commune où vous habitez').selectOption('92050');
  await mentee.getByLabel('Votre situation (études, emploi, recherche…)').fill('Étudiante');
  await mentee.getByLabel('Votre projet').fill('Ouvrir un atelier de tapisserie.');
  await mentee.getByLabel('Centres d’intérêt (séparés par des virgules)').fill(INTERESTS);
  await mentee.getByLabel('Vos disponibilités').fill('Le mercredi');
  await mentee.getByLabel('Adresse électronique pour les nouvelles du programme (facultatif)').fill('ines@example.org');
  await mentee.getByLabel('J’ai lu et j’accepte la charte du programme').check();
  await mentee.getByRole('button', { name: 'Envoyer ma candidature' }).click();
  await visible(mentee.getByTestId('my-application'));
  await mentee.getByRole('link', { name: 'Mon espace' }).click();
  await visible(mentee.getByTestId('application-status'));
  expect(await mentee.getByTestId('application-status').innerText()).toContain('Candidature reçue');
  await expectAccessible(mentee, 'spaces-mentee-applied');

  // The coordinator approves the mentor, accepts the application, and proposes the best-scored mentor.
  const coordinator = (await web.open('/mentorat/coordination')).page;
  await signIn(coordinator, 'Coordinatrice du programme', 'journey-coordinator', 'Camille');
  await coordinator.getByRole('button', { name: 'Valider le profil de Nadia Journey' }).click();
  await until(
    async () => (await coordinator.getByRole('button', { name: 'Valider le profil de Nadia Journey' }).count()) === 0,
    'the approval',
  );
  await coordinator.getByLabel('Commune des mentorées').selectOption('92050');
  const application = coordinator.getByTestId('application').filter({ hasText: 'tapisserie' });
  await visible(application);
  await application.getByRole('button', { name: 'Accepter la candidature de Inès' }).click();
  const accepted = coordinator.getByTestId('accepted-mentee').filter({ hasText: 'tapisserie' });
  await visible(accepted);
  await accepted.getByRole('button', { name: 'Voir les suggestions pour Inès' }).click();
  const suggestions = accepted.getByTestId('suggestion');
  await visible(suggestions);
  const scores = (await suggestions.evaluateAll((items) => items.map((i) => Number(i.getAttribute('data-score'))))) as number[];
  expect(scores.length).toBeGreaterThan(1);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  const best = suggestions.first();
  expect(await best.innerText()).toContain('Nadia Journey');
  expect(await best.innerText()).toContain('Centres d’intérêt couverts');
  expect(await best.innerText()).toContain('2 centres d’intérêt sur 2 couverts (tapisserie, orfèvrerie)');
  expect(scores[0]).toBe(1);
  await expectAccessible(coordinator, 'spaces-coordination');
  await screenshot(coordinator, SCREENSHOTS, 'spaces-coordination', 'desktop', true);
  await best.getByRole('button', { name: 'Proposer Nadia Journey à Inès' }).click();
  await visible(accepted.getByTestId('proposal-sent'));
  // The proposal waits for both answers in the coordinator's list of pairs.
  await revisit(coordinator, 'Coordination');
  await coordinator.getByLabel('Commune des mentorées').selectOption('92050');
  const proposedPair = coordinator.getByTestId('proposed-pair').filter({ hasText: 'Inès et Nadia Journey' });
  await visible(proposedPair);
  expect(await proposedPair.innerText()).toContain('Inès n’a pas encore répondu ; Nadia Journey n’a pas encore répondu.');

  // Both accept, each consenting to share an email.
  const accept = async (page: Page, space: string, email: string) => {
    await revisit(page, space);
    await visible(mentorship(page).getByRole('button', { name: 'Accepter la proposition' }));
    await page.getByLabel('J’accepte de partager mon adresse électronique').check();
    await page.getByLabel('Adresse électronique à partager').fill(email);
    await page.getByRole('button', { name: 'Accepter la proposition' }).click();
  };
  await accept(mentee, 'Espace mentorée', 'ines.perso@example.org');
  await visible(mentee.getByText('Vous avez accepté cette proposition'));
  await accept(mentor, 'Espace mentore', 'nadia.pro@example.org');
  await visible(mentor.locator('[data-testid=mentorship][data-status=ACTIVE]'));

  // Each sees the other's email.
  await visible(mentor.getByTestId('partner-contact').getByText('ines.perso@example.org'));
  await revisit(mentee, 'Espace mentorée');
  await visible(mentee.getByTestId('partner-contact').getByText('nadia.pro@example.org'));

  // She logs a session; her mentor sees it.
  await mentee.getByLabel('Sujets abordés (séparés par des virgules)').fill('orientation');
  await mentee.getByLabel('Notes (visibles par votre binôme seulement)').fill(NOTE);
  await mentee.getByRole('button', { name: 'Noter la rencontre' }).click();
  await visible(mentee.getByTestId('sessions').getByText(NOTE));
  await expectAccessible(mentee, 'spaces-mentee');
  await screenshot(mentee, SCREENSHOTS, 'spaces-mentee', 'desktop', true);
  await revisit(mentor, 'Espace mentore');
  await visible(mentor.getByTestId('sessions').getByText(NOTE));
  await expectAccessible(mentor, 'spaces-mentor');
  await screenshot(mentor, SCREENSHOTS, 'spaces-mentor', 'desktop', true);
  // The coordinator follows the pair: active, one session noted (never its notes).
  await revisit(coordinator, 'Coordination');
  await coordinator.getByLabel('Commune des mentorées').selectOption('92050');
  const activePair = coordinator.getByTestId('active-pair').filter({ hasText: 'Inès et Nadia Journey' });
  await visible(activePair);
  expect(await activePair.innerText()).toContain('1 rencontre notée');
  expect(await coordinator.getByTestId('proposed-pair').filter({ hasText: 'Inès et Nadia Journey' }).count()).toBe(0);
  expect(await coordinator.locator('main').innerText()).not.toContain(NOTE);
  await expectAccessible(coordinator, 'spaces-coordination-pairs');
  await activePair.scrollIntoViewIfNeeded();
  await screenshot(coordinator, SCREENSHOTS, 'spaces-coordination-pairs', 'desktop');
  await atPhoneWidth(coordinator, 'spaces-coordination');

  // Her mentor completes the mentorship: the survey is asked of both, the contacts are withdrawn.
  await mentor.getByRole('button', { name: 'Clore le mentorat (parcours mené à son terme)' }).click();
  await visible(mentor.locator('[data-testid=mentorship][data-status=COMPLETED]'));
  await visible(mentor.getByTestId('survey'));
  await revisit(mentee, 'Espace mentorée');
  await visible(mentee.getByTestId('survey'));
  expect(await mentee.getByTestId('partner-contact').count()).toBe(0);
  expect(await mentee.locator('main').innerText()).not.toContain('nadia.pro@example.org');
  await mentee.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await visible(mentee.getByText('Merci, votre avis a été enregistré.'));
  await screenshot(mentee, SCREENSHOTS, 'spaces-mentee-survey', 'desktop');
  await atPhoneWidth(mentee, 'spaces-mentee');
  await atPhoneWidth(mentor, 'spaces-mentor');

  // The emails: every outbox row delivered and its job finished before counting copies.
  const expected: [string, string][] = [
    ['ines@example.org', 'mentee.application-received'],
    ['ines@example.org', 'mentee.application-accepted'],
    ['ines@example.org', 'match.proposed'],
    ['ines@example.org', 'match.accepted'],
    ['ines@example.org', 'survey.requested'],
    ['nadia@example.org', 'match.proposed'],
    ['nadia@example.org', 'match.accepted'],
    ['nadia@example.org', 'session.logged'],
    ['nadia@example.org', 'survey.requested'],
  ];
  await sink.waitFor(expected.length);
  const db = web.graph.subgraphs.mentoring.dataSource;
  if (!db) throw new Error('the mentoring subgraph has no data source');
  await until(() => deliveriesSettled(db), 'every notification delivered', 60_000);
  const received = sink.received.map((e) => [e.to.join(','), e.kind ?? ''] as [string, string]);
  expect([...received].sort()).toEqual([...expected].sort());
  expect(new Set(sink.received.map((e) => e.messageId)).size).toBe(expected.length);
  expect(new Set(sink.received.map((e) => `${e.messageId} ${e.to.join(',')} ${e.kind}`)).size).toBe(expected.length);
  for (const email of sink.received) {
    expect(email.subject).toMatch(/^\[Femmes des Hauts-de-Seine\] /);
    expect(email.text).toContain('Bonjour');
    expect(email.text).not.toContain(NOTE);
    expect(email.text).not.toContain('hésite');
    expect(email.text).not.toContain('ines.perso@example.org');
  }

  // Last (its emails are not counted above): the coordinator ends another pair early, with a reason.
  await revisit(coordinator, 'Coordination');
  await coordinator.getByLabel('Commune des mentorées').selectOption('92050');
  // Not the journey's own pair: completed by now, it may still show from the page's cache for a moment.
  const first = coordinator.getByTestId('active-pair').filter({ hasNotText: 'Nadia Journey' }).first();
  await visible(first);
  const pairId = await first.getAttribute('data-mentorship');
  const pair = coordinator.locator(`[data-testid=active-pair][data-mentorship="${pairId}"]`);
  await pair.getByRole('button', { name: /^Mettre fin au mentorat de / }).click();
  await pair.getByLabel('Motif (vu par les deux personnes et la coordination)').fill('Déménagement hors du département');
  await pair.getByRole('button', { name: 'Confirmer la fin du mentorat' }).click();
  await until(async () => (await pair.count()) === 0, 'the ended pair to leave the list');
  const [ended] = (await db.query('SELECT status, end_reason FROM mentorship WHERE id = $1', [pairId])) as { status: string; end_reason: string }[];
  expect(ended).toEqual({ status: 'ended', end_reason: 'Déménagement hors du département' });
}, 600_000);

test('no space broke the strict content security policy it is served under', () => {
  expect(web.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
});
