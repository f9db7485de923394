// Two rules of issue 16 the mentoring subgraph holds itself: applying and offering to mentor need
// the programme's charter (recorded as a consent), and the roles the programme's records give an
// account (`_programmeRoles`, read by the gateway) follow those records: approval, acceptance,
// suspension, withdrawal, erasure.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
});
afterAll(() => subgraph.stop());

const CHARTER = 'charte-2026-01';
const coordinator = as.role('COORDINATOR');
const REGISTER = 'mutation ($input: MentorProfileInput!) { registerAsMentor(input: $input) { id status } }';
const APPLY = 'mutation ($input: MenteeApplicationInput!) { applyAsMentee(input: $input) { id status } }';
const profile = (charterVersion?: string) => ({
  displayName: 'Nadia',
  expertise: ['droit'],
  languages: ['français'],
  commune: '92050',
  formats: ['REMOTE'],
  capacity: 2,
  published: true,
  charterVersion,
});
const application = (charterVersion?: string) => ({
  firstName: 'Awa',
  birthYear: new Date().getUTCFullYear() - 20,
  commune: '92036',
  situation: 'étudiante',
  projectSummary: 'Créer une entreprise',
  interests: ['entrepreneuriat'],
  formats: ['IN_PERSON'],
  availability: 'le samedi',
  charterVersion,
});

const rolesOf = async (sub: string | null) => {
  const who = sub === null ? as.anonymous : identity(null, sub);
  const { body } = await subgraph.query<{ _programmeRoles: string[] }>('{ _programmeRoles }', who);
  expect(body.errors).toBeUndefined();
  return body.data!._programmeRoles;
};
const rows = (table: 'mentor' | 'mentee' | 'consent', sub: string) =>
  subgraph.dataSource!.query(`SELECT 1 FROM ${table} WHERE account_id = $1`, [sub]);

describe("the programme's charter", () => {
  test('today’s version is public', async () => {
    const { body } = await subgraph.query<{ consentTextVersion: string }>('{ consentTextVersion(kind: CHARTER) }', as.anonymous);
    expect(body.data!.consentTextVersion).toBe(CHARTER);
  });

  test.each([
    ['applying', APPLY, application, 'mentee'],
    ['offering to mentor', REGISTER, profile, 'mentor'],
  ] as const)('%s without it, or with an older version, is BAD_USER_INPUT and writes nothing', async (_what, query, input, table) => {
    for (const [sub, version] of [
      [`no-charter-${table}`, undefined],
      [`old-charter-${table}`, 'charte-2025-01'],
    ] as const) {
      const { body } = await subgraph.query(query, identity(null, sub), { input: input(version) });
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.charterVersion' });
      expect(await rows(table, sub)).toEqual([]);
      expect(await rows('consent', sub)).toEqual([]);
    }
  });

  test('offering to mentor with it records her CHARTER consent with the text’s version, which she reads back', async () => {
    const { body } = await subgraph.query(REGISTER, identity(null, 'charter-mentor'), { input: profile(CHARTER) });
    expect(body.errors).toBeUndefined();
    const consents = await subgraph.query<{
      _entities: { consents: { kind: string; textVersion: string; withdrawnAt: string | null }[] }[];
    }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { consents { kind textVersion withdrawnAt } } } }',
      identity(null, 'charter-mentor'),
      { r: [{ __typename: 'Account', id: 'charter-mentor' }] },
    );
    expect(consents.body.data!._entities[0].consents).toEqual([{ kind: 'CHARTER', textVersion: CHARTER, withdrawnAt: null }]);
  });
});

describe('the roles the programme gives (_programmeRoles)', () => {
  const review = (action: string, id: string) =>
    subgraph.query<Record<string, { status: string }>>(`mutation ($id: ID!) { ${action}(id: $id) { status } }`, coordinator, { id });

  test('MENTOR only while her profile is approved, MENTEE while her application is accepted; nothing once erased', async () => {
    const mentor = await subgraph.query<{ registerAsMentor: { id: string } }>(REGISTER, identity(null, 'roles-nadia'), {
      input: profile(CHARTER),
    });
    const mentorId = mentor.body.data!.registerAsMentor.id;
    expect(await rolesOf('roles-nadia')).toEqual([]);
    expect((await review('approveMentor', mentorId)).body.errors).toBeUndefined();
    expect(await rolesOf('roles-nadia')).toEqual(['MENTOR']);
    await review('suspendMentor', mentorId);
    expect(await rolesOf('roles-nadia')).toEqual([]);
    await review('approveMentor', mentorId);

    // The same account applies as a mentee too: both roles once accepted.
    const applied = await subgraph.query<{ applyAsMentee: { id: string } }>(APPLY, identity(null, 'roles-nadia'), {
      input: application(CHARTER),
    });
    expect(await rolesOf('roles-nadia')).toEqual(['MENTOR']);
    await review('acceptMentee', applied.body.data!.applyAsMentee.id);
    expect((await rolesOf('roles-nadia')).sort()).toEqual(['MENTEE', 'MENTOR']);

    // Another account, and an anonymous reader, get nothing from her records.
    expect(await rolesOf('roles-someone-else')).toEqual([]);
    expect(await rolesOf(null)).toEqual([]);

    const erased = await subgraph.query('mutation { deleteMyData { mentorErased menteeErased } }', identity(null, 'roles-nadia'));
    expect(erased.body.errors).toBeUndefined();
    expect(await rolesOf('roles-nadia')).toEqual([]);
  });

  test('a withdrawn application gives nothing', async () => {
    const applied = await subgraph.query<{ applyAsMentee: { id: string } }>(APPLY, identity(null, 'roles-lea'), {
      input: application(CHARTER),
    });
    const menteeId = applied.body.data!.applyAsMentee.id;
    await review('acceptMentee', menteeId);
    expect(await rolesOf('roles-lea')).toEqual(['MENTEE']);
    await subgraph.query('mutation ($id: ID!) { withdrawMentee(id: $id) { status } }', identity(null, 'roles-lea'), { id: menteeId });
    expect(await rolesOf('roles-lea')).toEqual([]);
  });
});
