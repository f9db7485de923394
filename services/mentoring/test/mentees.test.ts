// Mentee records: the three ways to read one apply the same rule (and audit), applications and
// withdrawals.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as, auditRows, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1 }); // mentee 1's active mentor
  await insertMentor(db, { n: 2 }); // proposed to mentee 1, not active
  await insertMentor(db, { n: 3 }); // active mentor of mentee 2 only
  await insertMentee(db, { n: 1, status: 'matched' });
  await insertMentee(db, { n: 2, status: 'matched', commune: '92002' });
  await insertMentorship(db, 1, 1, 1, 'active');
  await insertMentorship(db, 2, 2, 1, 'proposed');
  await insertMentorship(db, 3, 3, 2, 'active');
});
afterAll(() => subgraph.stop());

const FIELDS = 'id firstName birthYear commune { code } situation projectSummary interests formats availability languages status appliedAt';
const FULL = {
  id: id('b', 1),
  firstName: 'Mentee1',
  birthYear: 2005,
  commune: { code: '92050' },
  situation: 'étudiante',
  projectSummary: 'Ouvrir un cabinet',
  interests: ['droit'],
  formats: ['REMOTE'],
  availability: 'le mercredi',
  languages: ['français'],
  status: 'MATCHED',
  appliedAt: expect.any(String),
};

/** What the three reads below answer: one of these holds the mentee (or null). */
interface MenteeReads {
  mentee?: unknown;
  _entities?: { mentee?: unknown }[];
  mentorship?: { mentee?: unknown } | null;
}

// Three ways to reach one mentee's record; each applies the same rule.
const READS = {
  'Query.mentee': {
    query: `query ($id: ID!) { mentee(id: $id) { ${FIELDS} } }`,
    variables: { id: id('b', 1) },
    pick: (d: MenteeReads) => d?.mentee,
  },
  'Account.mentee': {
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentee { ${FIELDS} } } } }`,
    variables: { r: [{ __typename: 'Account', id: 'mentee-1' }] },
    pick: (d: MenteeReads) => d?._entities?.[0]?.mentee,
  },
  'Mentorship.mentee': {
    query: `query ($id: ID!) { mentorship(id: $id) { mentee { ${FIELDS} } } }`,
    variables: { id: id('c', 1) },
    pick: (d: MenteeReads) => d?.mentorship?.mentee,
  },
} as const;

const ALLOWED = [
  ['herself', as.mentee(1), false],
  ['her active mentor', as.mentor(1), true],
  ['a coordinator', as.role('COORDINATOR'), true],
  ['an admin', as.role('ADMIN'), true],
] as const;

// A signed-in reader who may not see her gets what an unknown id gives: null, no error.
const REFUSED = [
  ['an anonymous reader', 'UNAUTHENTICATED', as.anonymous],
  ['a mentor only proposed to her', null, as.mentor(2)],
  ["another mentee's mentor", null, as.mentor(3)],
  ['another mentee', null, as.mentee(2)],
  ['an analyst', null, as.role('ANALYST')],
  ['a trainer', null, as.role('TRAINER')],
  ['a professional', null, as.role('PROFESSIONAL')],
] as const;

describe.each(Object.entries(READS))('%s', (_path, read) => {
  test.each(ALLOWED)('gives every field to %s, auditing reads by others', async (_who, who, audited) => {
    const before = (await auditRows(subgraph.dataSource!, 'mentee.read', id('b', 1))).length;
    const { body } = await subgraph.query<MenteeReads>(read.query, who, read.variables);
    expect(body.errors).toBeUndefined();
    expect(read.pick(body.data!)).toEqual(FULL);
    const after = await auditRows(subgraph.dataSource!, 'mentee.read', id('b', 1));
    expect(after.length - before).toBe(audited ? 1 : 0);
    if (audited) expect(after.at(-1)!.actor_sub).toBe(who.sub);
  });

  test.each(REFUSED)('refuses every field to %s (%s)', async (_who, code, who) => {
    const { body } = await subgraph.query<MenteeReads>(read.query, who, read.variables);
    expect(body.errors?.[0].extensions?.code ?? null).toBe(code);
    expect(read.pick(body.data ?? {}) ?? null).toBeNull();
    expect(JSON.stringify(body.data ?? null)).not.toMatch(/Mentee1|cabinet|étudiante|mercredi/);
  });
});

describe('mentees list', () => {
  const LIST = 'query ($filter: MenteeFilter) { mentees(filter: $filter) { totalCount edges { node { id firstName } } } }';
  test('is for coordinators, filters by status and commune, and audits each record read', async () => {
    const before = (await auditRows(subgraph.dataSource!, 'mentee.read')).length;
    const { body } = await subgraph.query<{ mentees: { totalCount: number; edges: { node: { id: string } }[] } }>(
      LIST,
      as.role('COORDINATOR'),
      {
        filter: { status: 'MATCHED', commune: '92002' },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.mentees.edges.map((e) => e.node.id)).toEqual([id('b', 2)]);
    expect((await auditRows(subgraph.dataSource!, 'mentee.read')).length - before).toBe(1);
  });

  test.each([
    ['an anonymous reader', 'UNAUTHENTICATED', as.anonymous],
    ['a mentee', 'FORBIDDEN', as.mentee(1)],
    ['a mentor', 'FORBIDDEN', as.mentor(1)],
    ['an analyst', 'FORBIDDEN', as.role('ANALYST')],
  ] as const)('is refused to %s (%s)', async (_who, code, who) => {
    const { body } = await subgraph.query(LIST, who);
    expect(body.errors?.[0].extensions?.code).toBe(code);
    expect(body.data).toBeNull();
  });
});

describe('applyAsMentee', () => {
  const APPLY =
    'mutation ($input: MenteeApplicationInput!) { applyAsMentee(input: $input) { id status firstName commune { code } languages } }';
  const year = new Date().getUTCFullYear();
  const input = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Awa',
    birthYear: year - 20,
    commune: '92036',
    situation: "en recherche d'emploi",
    projectSummary: 'Créer une entreprise de couture',
    interests: ['entrepreneuriat'],
    formats: ['IN_PERSON'],
    availability: 'le samedi',
    charterVersion: 'charte-2026-01',
    ...overrides,
  });

  test('a MENTEE applies once (status APPLIED), then reads her own record through Account.mentee', async () => {
    const awa = identity('MENTEE', 'awa');
    const { body } = await subgraph.query<{ applyAsMentee: { id: string } }>(APPLY, awa, { input: input() });
    expect(body.errors).toBeUndefined();
    expect(body.data!.applyAsMentee).toMatchObject({
      status: 'APPLIED',
      firstName: 'Awa',
      commune: { code: '92036' },
      languages: ['français'],
    });
    expect((await subgraph.query(APPLY, awa, { input: input() })).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const me = await subgraph.query<{ _entities: { mentee: { id: string } }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentee { id } } } }',
      awa,
      { r: [{ __typename: 'Account', id: 'awa' }] },
    );
    expect(me.body.data!._entities[0].mentee.id).toBe(body.data!.applyAsMentee.id);
  });

  test.each([
    ['younger than the programme', { birthYear: year - 15 }, 'input.birthYear'],
    ['older than the programme', { birthYear: year - 30 }, 'input.birthYear'],
    ['from outside the 36 communes', { commune: '75056' }, 'input.commune'],
    ['without any format', { formats: [] }, 'input.formats'],
  ])('refuses an applicant %s (BAD_USER_INPUT) and writes nothing', async (_case, overrides, argument) => {
    const { body } = await subgraph.query(APPLY, identity('MENTEE', 'refused'), { input: input(overrides) });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(await subgraph.dataSource!.query(`SELECT 1 FROM mentee WHERE account_id = 'refused'`)).toEqual([]);
  });

  test('accepts both age bounds (16 and 29 this year by default)', async () => {
    for (const [sub, age] of [
      ['sixteen', 16],
      ['twenty-nine', 29],
    ] as const) {
      const { body } = await subgraph.query(APPLY, identity('MENTEE', sub), { input: input({ birthYear: year - age }) });
      expect(body.errors).toBeUndefined();
    }
  });

  test('any signed-in account applies without a role from the identity provider; an anonymous caller cannot', async () => {
    const { body } = await subgraph.query<{ applyAsMentee: { status: string } }>(APPLY, identity(null, 'no-role-yet'), { input: input() });
    expect(body.errors).toBeUndefined();
    expect(body.data!.applyAsMentee.status).toBe('APPLIED');
    expect((await subgraph.query(APPLY, as.anonymous, { input: input() })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('a coordinator accepts an application; accepting twice is CONFLICT; she can withdraw herself', async () => {
    const lea = identity('MENTEE', 'lea');
    const { body } = await subgraph.query<{ applyAsMentee: { id: string } }>(APPLY, lea, { input: input() });
    const menteeId = body.data!.applyAsMentee.id;
    const accept = () =>
      subgraph.query<{ acceptMentee: { status: string } }>(
        'mutation ($id: ID!) { acceptMentee(id: $id) { status } }',
        as.role('COORDINATOR'),
        { id: menteeId },
      );
    expect((await accept()).body.data!.acceptMentee.status).toBe('ACCEPTED');
    expect((await accept()).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const withdraw = (who: typeof lea) =>
      subgraph.query<{ withdrawMentee: { status: string } }>('mutation ($id: ID!) { withdrawMentee(id: $id) { status } }', who, {
        id: menteeId,
      });
    expect((await withdraw(as.mentee(2))).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await withdraw(lea)).body.data!.withdrawMentee.status).toBe('WITHDRAWN');
    expect((await withdraw(lea)).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });
});
