// The programme as its people go through it (issue 16): sign-up without a role, a minor's
// application waiting for parental consent, contact shared with consent and seen only by the
// other person while the mentorship is active, the outbox rows each change writes, erasure receipts.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as, auditRows, id, insertMentor } from './fixtures';

let subgraph: TestSubgraph;
const year = new Date().getUTCFullYear();
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  await insertMentor(subgraph.dataSource!, { n: 1, account: 'nadia', capacity: 3 });
  await subgraph.query(
    'mutation { updateMyMentoringNotifications(input: { email: "nadia@example.org" }) { email } }',
    identity('MENTOR', 'nadia'),
  );
});
afterAll(() => subgraph.stop());

const coordinator = as.role('COORDINATOR');
const APPLY = 'mutation ($input: MenteeApplicationInput!) { applyAsMentee(input: $input) { id status awaitingParentalConsent } }';
const application = (birthYear: number, email: string) => ({
  firstName: 'Inès',
  birthYear,
  commune: '92050',
  situation: 'lycéenne',
  projectSummary: 'Devenir ingénieure',
  interests: ['droit'],
  formats: ['REMOTE'],
  availability: 'le mercredi',
  email,
  charterVersion: 'charte-2026-01',
});

async function apply(sub: string, birthYear: number): Promise<string> {
  const { body } = await subgraph.query<{ applyAsMentee: { id: string } }>(APPLY, identity(null, sub), {
    input: application(birthYear, `${sub}@example.org`),
  });
  expect(body.errors).toBeUndefined();
  return body.data!.applyAsMentee.id;
}

const outbox = (sub: string): Promise<{ kind: string; recipient_email: string }[]> =>
  subgraph.dataSource!.query('SELECT kind, recipient_email FROM notification_outbox WHERE recipient_sub = $1 ORDER BY created_at, kind', [
    sub,
  ]);

const accept = (menteeId: string) =>
  subgraph.query<{ acceptMentee: { status: string } }>('mutation ($id: ID!) { acceptMentee(id: $id) { status } }', coordinator, {
    id: menteeId,
  });

test("a minor's application waits for a parent's consent; once recorded, a coordinator can accept it", async () => {
  const menteeId = await apply('ines', year - 16);
  const read = await subgraph.query<{ mentee: { awaitingParentalConsent: boolean; consents: { kind: string }[] } }>(
    'query ($id: ID!) { mentee(id: $id) { awaitingParentalConsent consents { kind textVersion givenAt } } }',
    identity(null, 'ines'),
    { id: menteeId },
  );
  expect(read.body.data!.mentee).toMatchObject({ awaitingParentalConsent: true, consents: [{ kind: 'CHARTER' }] });
  expect((await accept(menteeId)).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  expect((await outbox('ines')).map((r) => r.kind)).toEqual(['mentee.application-received', 'mentee.parental-consent-needed']);

  const someoneElse = await subgraph.query(
    'mutation ($id: ID!) { recordParentalConsent(menteeId: $id, input: { parentName: "Samia B.", date: "2026-01-10" }) { id } }',
    identity(null, 'stranger'),
    { id: menteeId },
  );
  expect(someoneElse.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const consent = await subgraph.query<{ recordParentalConsent: { kind: string; parentName: string; parentConsentDate: string } }>(
    'mutation ($id: ID!) { recordParentalConsent(menteeId: $id, input: { parentName: "Samia B.", date: "2026-01-10" }) { kind parentName parentConsentDate textVersion } }',
    identity(null, 'ines'),
    { id: menteeId },
  );
  expect(consent.body.data!.recordParentalConsent).toMatchObject({
    kind: 'PARENTAL',
    parentName: 'Samia B.',
    parentConsentDate: '2026-01-10',
  });
  expect((await accept(menteeId)).body.data!.acceptMentee.status).toBe('ACCEPTED');
  // Coordinators see her consents (audited); her future mentor does not.
  const seen = await subgraph.query<{ mentee: { consents: { kind: string }[] } }>(
    'query ($id: ID!) { mentee(id: $id) { consents { kind } } }',
    coordinator,
    { id: menteeId },
  );
  expect(seen.body.data!.mentee.consents.map((c) => c.kind)).toEqual(['CHARTER', 'PARENTAL']);
  expect(await auditRows(subgraph.dataSource!, 'mentee.consents.read', menteeId)).toHaveLength(1);
});

describe('a contact shared with consent', () => {
  let mentorshipId: string;
  const CONTACT = 'query ($id: ID!) { mentorship(id: $id) { status partnerContact { email phone } } }';
  const read = (who: ReturnType<typeof identity>) =>
    subgraph.query<{ mentorship: { status: string; partnerContact: { email: string | null; phone: string | null } | null } | null }>(
      CONTACT,
      who,
      { id: mentorshipId },
    );

  beforeAll(async () => {
    const menteeId = await apply('lea', year - 22);
    await accept(menteeId);
    const proposed = await subgraph.query<{ proposeMatch: { id: string } }>(
      'mutation ($e: ID!, $m: ID!) { proposeMatch(menteeId: $e, mentorId: $m) { id } }',
      coordinator,
      { e: menteeId, m: id('a', 1) },
    );
    mentorshipId = proposed.body.data!.proposeMatch.id;
  });

  test('is invisible while proposed, then each sees the other’s while ACTIVE (audited), nobody else does', async () => {
    const ACCEPT = 'mutation ($id: ID!, $share: ContactShareInput) { acceptMatch(id: $id, share: $share) { status } }';
    await subgraph.query(ACCEPT, identity(null, 'lea'), { id: mentorshipId, share: { email: 'lea.perso@example.org' } });
    expect((await read(identity(null, 'nadia'))).body.data!.mentorship!.partnerContact).toBeNull();
    const activation = await subgraph.query<{ acceptMatch: { status: string } }>(ACCEPT, identity('MENTOR', 'nadia'), {
      id: mentorshipId,
      share: { email: 'nadia.pro@example.org', phone: '+33 6 00 00 00 00' },
    });
    expect(activation.body.data!.acceptMatch.status).toBe('ACTIVE');

    expect((await read(identity(null, 'lea'))).body.data!.mentorship!.partnerContact).toEqual({
      email: 'nadia.pro@example.org',
      phone: '+33 6 00 00 00 00',
    });
    expect((await read(identity('MENTOR', 'nadia'))).body.data!.mentorship!.partnerContact).toEqual({
      email: 'lea.perso@example.org',
      phone: null,
    });
    expect(await auditRows(subgraph.dataSource!, 'mentorship.contact.read', mentorshipId)).toHaveLength(2);
    // A third person does not even see the mentorship; a coordinator sees it, not the contacts.
    expect((await read(identity(null, 'stranger'))).body.data!.mentorship).toBeNull();
    expect((await read(coordinator)).body.data!.mentorship).toEqual({ status: 'ACTIVE', partnerContact: null });
    const consents = await subgraph.query<{ _entities: { consents: { kind: string; mentorshipId: string }[] }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { consents { kind mentorshipId withdrawnAt } } } }',
      identity(null, 'lea'),
      { r: [{ __typename: 'Account', id: 'lea' }] },
    );
    expect(consents.body.data!._entities[0].consents.map((c) => c.kind)).toEqual(['CHARTER', 'CONTACT_SHARING']);
  });

  test('is withdrawn when the mentorship ends, and the ending writes an email to both', async () => {
    const ended = await subgraph.query('mutation ($id: ID!) { endMatch(id: $id, reason: "déménagement") { status } }', coordinator, {
      id: mentorshipId,
    });
    expect(ended.body.errors).toBeUndefined();
    expect((await read(identity(null, 'lea'))).body.data!.mentorship!.partnerContact).toBeNull();
    expect(await subgraph.dataSource!.query('SELECT 1 FROM mentorship_contact WHERE mentorship_id = $1', [mentorshipId])).toEqual([]);
    expect((await outbox('lea')).map((r) => r.kind)).toEqual([
      'mentee.application-received',
      'mentee.application-accepted',
      'match.proposed',
      'match.accepted',
      'match.ended',
    ]);
    expect((await outbox('nadia')).map((r) => r.kind)).toEqual(['match.proposed', 'match.accepted', 'match.ended']);
  });
});

test('she turns off a non-essential kind of email, never an essential one', async () => {
  const settings = await subgraph.query<{ updateMyMentoringNotifications: { mutedKinds: string[]; mutableKinds: string[] } }>(
    'mutation { updateMyMentoringNotifications(input: { email: "sarah@example.org", mutedKinds: ["session.logged"] }) { mutedKinds mutableKinds } }',
    identity(null, 'sarah'),
  );
  expect(settings.body.data!.updateMyMentoringNotifications.mutedKinds).toEqual(['session.logged']);
  const essential = await subgraph.query(
    'mutation { updateMyMentoringNotifications(input: { mutedKinds: ["match.proposed"] }) { mutedKinds } }',
    identity(null, 'sarah'),
  );
  expect(essential.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.mutedKinds' });
});

test('erasure removes her consents and pending emails and leaves a receipt only she can read', async () => {
  const menteeId = await apply('zoe', year - 17);
  const erased = await subgraph.query<{
    deleteMyData: { menteeErased: boolean; receipt: { service: string; items: { what: string; count: number }[] } };
  }>('mutation { deleteMyData { menteeErased receipt { id service erasedAt items { what count } } } }', identity(null, 'zoe'));
  expect(erased.body.data!.deleteMyData).toMatchObject({ menteeErased: true, receipt: { service: 'mentoring' } });
  expect(erased.body.data!.deleteMyData.receipt.items).toEqual(
    expect.arrayContaining([
      { what: 'menteeRecord', count: 1 },
      { what: 'consents', count: 1 },
      { what: 'notifications', count: 2 },
    ]),
  );
  expect(await subgraph.dataSource!.query('SELECT 1 FROM consent WHERE mentee_id = $1', [menteeId])).toEqual([]);
  expect(await outbox('zoe')).toEqual([]);
  const RECEIPTS =
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentoringErasureReceipts { service items { what count } } } } }';
  const mine = await subgraph.query<{ _entities: { mentoringErasureReceipts: unknown[] }[] }>(RECEIPTS, identity(null, 'zoe'), {
    r: [{ __typename: 'Account', id: 'zoe' }],
  });
  expect(mine.body.data!._entities[0].mentoringErasureReceipts).toHaveLength(1);
  const other = await subgraph.query(RECEIPTS, coordinator, { r: [{ __typename: 'Account', id: 'zoe' }] });
  expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});
