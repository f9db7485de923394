// The programme end to end through the real gateway (issue 16's journey, at the API level): a newly
// signed-in young woman with no role applies, a coordinator accepts her and proposes the best-scored
// mentor, both accept sharing an email, each reads the other's, sessions, completion; the real
// notification worker delivers to a real SMTP server: the expected French emails, each once, none
// carrying a note's text.
import { mintDevToken } from '@equality-graph/auth';
import { deliveriesSettled, startNotificationWorker, type NotificationWorker } from '@equality-graph/notifications';
import { startSmtpSink, type SmtpSink } from '@equality-graph/notifications/smtp-sink';
import { DEV_SECRET, startTestGraph, tokenFor, type TestGraph } from '@equality-graph/testing/graph';

let graph: TestGraph;
let sink: SmtpSink;
let worker: NotificationWorker;
beforeAll(async () => {
  [graph, sink] = await Promise.all([startTestGraph(), startSmtpSink()]);
  worker = await startNotificationWorker({
    databaseUrl: graph.subgraphs.mentoring.databaseUrl,
    smtpUrl: sink.url,
    from: 'Femmes des Hauts-de-Seine <ne-pas-repondre@example.org>',
    appUrl: 'http://localhost:5173',
    pollingIntervalSeconds: 0.5,
    relayIntervalMs: 500,
  });
}, 120_000);
afterAll(async () => {
  await worker?.stop();
  await sink?.stop();
  await graph?.stop();
});

/** A signed-in account the identity provider gave no role (what a new sign-up gets). */
const noRole = (sub: string) => mintDevToken(DEV_SECRET, { sub, roles: [] });
async function as<D>(token: Promise<string> | string, query: string, variables?: Record<string, unknown>): Promise<D> {
  const { body } = await graph.query<D>(query, { token: await token, variables });
  expect(body.errors).toBeUndefined();
  return body.data as D;
}
const coordinator = () => tokenFor('COORDINATOR', 'journey-coordinator');
const NOTE = 'Note confidentielle: elle hésite entre deux écoles';

const PROFILE = {
  headline: 'Avocate',
  languages: ['français'],
  commune: '92050',
  formats: ['REMOTE', 'IN_PERSON'],
  capacity: 2,
  published: true,
  charterVersion: 'charte-2026-01',
};

test('a young woman with no role goes through the programme; the emails arrive, in French, each once, without a note', async () => {
  // Two people offer to mentor (no role either); the coordinator approves both.
  const REGISTER = 'mutation ($input: MentorProfileInput!) { registerAsMentor(input: $input) { id } }';
  const nadia = await as<{ registerAsMentor: { id: string } }>(noRole('journey-nadia'), REGISTER, {
    input: { ...PROFILE, displayName: 'Nadia', expertise: ['droit', 'entrepreneuriat'], email: 'nadia@example.org' },
  });
  const other = await as<{ registerAsMentor: { id: string } }>(noRole('journey-claire'), REGISTER, {
    input: { ...PROFILE, displayName: 'Claire', expertise: ['musique'], commune: '92002', email: 'claire@example.org' },
  });
  for (const id of [nadia.registerAsMentor.id, other.registerAsMentor.id]) {
    await as(coordinator(), 'mutation ($id: ID!) { approveMentor(id: $id) { status } }', { id });
  }

  // She applies with no role.
  const applied = await as<{ applyAsMentee: { id: string; status: string } }>(
    noRole('journey-ines'),
    'mutation ($input: MenteeApplicationInput!) { applyAsMentee(input: $input) { id status } }',
    {
      input: {
        firstName: 'Inès',
        birthYear: new Date().getUTCFullYear() - 22,
        commune: '92050',
        situation: 'étudiante',
        projectSummary: 'Devenir avocate',
        interests: ['droit', 'entrepreneuriat'],
        formats: ['REMOTE'],
        availability: 'le mercredi',
        email: 'ines@example.org',
        charterVersion: 'charte-2026-01',
      },
    },
  );
  const menteeId = applied.applyAsMentee.id;
  expect(applied.applyAsMentee.status).toBe('APPLIED');

  // The coordinator accepts her, opens the suggestions and proposes the best-scored mentor.
  await as(coordinator(), 'mutation ($id: ID!) { acceptMentee(id: $id) { status } }', { id: menteeId });
  const { matchSuggestions } = await as<{
    matchSuggestions: { mentor: { id: string }; score: number; parts: { explanation: string }[] }[];
  }>(coordinator(), 'query ($id: ID!) { matchSuggestions(menteeId: $id) { mentor { id } score parts { criterion points explanation } } }', {
    id: menteeId,
  });
  const scores = matchSuggestions.map((s) => s.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  const best = matchSuggestions[0];
  expect(best.mentor.id).toBe(nadia.registerAsMentor.id);
  const { proposeMatch } = await as<{ proposeMatch: { id: string } }>(
    coordinator(),
    'mutation ($e: ID!, $m: ID!) { proposeMatch(menteeId: $e, mentorId: $m) { id status } }',
    { e: menteeId, m: best.mentor.id },
  );
  const mentorshipId = proposeMatch.id;

  // Both accept, each consenting to share an email; each then reads the other's.
  const ACCEPT = 'mutation ($id: ID!, $share: ContactShareInput) { acceptMatch(id: $id, share: $share) { status } }';
  await as(noRole('journey-ines'), ACCEPT, { id: mentorshipId, share: { email: 'ines.perso@example.org' } });
  const activated = await as<{ acceptMatch: { status: string } }>(noRole('journey-nadia'), ACCEPT, {
    id: mentorshipId,
    share: { email: 'nadia.pro@example.org' },
  });
  expect(activated.acceptMatch.status).toBe('ACTIVE');
  const CONTACT = 'query ($id: ID!) { mentorship(id: $id) { partnerContact { email } } }';
  type Contact = { mentorship: { partnerContact: { email: string } | null } };
  expect((await as<Contact>(noRole('journey-ines'), CONTACT, { id: mentorshipId })).mentorship.partnerContact).toEqual({
    email: 'nadia.pro@example.org',
  });
  expect((await as<Contact>(noRole('journey-nadia'), CONTACT, { id: mentorshipId })).mentorship.partnerContact).toEqual({
    email: 'ines.perso@example.org',
  });
  expect((await as<Contact>(coordinator(), CONTACT, { id: mentorshipId })).mentorship.partnerContact).toBeNull();

  // She logs a session; her mentor sees it.
  await as(noRole('journey-ines'), 'mutation ($m: ID!, $input: SessionInput!) { logSession(mentorshipId: $m, input: $input) { id } }', {
    m: mentorshipId,
    input: { date: new Date().toISOString().slice(0, 10), durationMinutes: 60, format: 'REMOTE', topics: ['orientation'], notes: NOTE },
  });
  const seen = await as<{ mentorship: { sessions: { edges: { node: { notes: string } }[] } } }>(
    noRole('journey-nadia'),
    'query ($id: ID!) { mentorship(id: $id) { sessions(first: 5) { edges { node { date notes } } } } }',
    { id: mentorshipId },
  );
  expect(seen.mentorship.sessions.edges.map((e) => e.node.notes)).toEqual([NOTE]);

  // Completed by her mentor; the survey is requested; the contacts are withdrawn.
  const completed = await as<{ completeMatch: { status: string } }>(
    noRole('journey-nadia'),
    'mutation ($id: ID!) { completeMatch(id: $id) { status } }',
    { id: mentorshipId },
  );
  expect(completed.completeMatch.status).toBe('COMPLETED');
  expect((await as<Contact>(noRole('journey-ines'), CONTACT, { id: mentorshipId })).mentorship.partnerContact).toBeNull();

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
  // Everything written has been delivered and its job finished before counting copies.
  const db = graph.subgraphs.mentoring.dataSource!;
  while (!(await deliveriesSettled(db))) await new Promise((r) => setTimeout(r, 200));
  const received = sink.received.map((e) => [e.to.join(','), e.kind ?? ''] as [string, string]);
  expect([...received].sort()).toEqual([...expected].sort());
  for (const email of sink.received) {
    expect(email.text).toContain('Bonjour');
    expect(email.subject).toMatch(/^\[Femmes des Hauts-de-Seine\] /);
    expect(email.text).not.toContain(NOTE);
    expect(email.text).not.toContain('hésite');
  }
  expect(new Set(sink.received.map((e) => e.messageId)).size).toBe(expected.length);
}, 120_000);
