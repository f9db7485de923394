// Mentor profiles: the public list, the coordinators' review, contact data, registration and
// readyToMentor (training's field through @requires), with their SQL statement counts.
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as, auditRows, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1, expertise: ['droit', 'finance'], capacity: 1 });
  await insertMentor(db, { n: 2, commune: '92002', formats: ['REMOTE'], expertise: ['numérique'] });
  await insertMentor(db, { n: 3, status: 'pending' });
  await insertMentor(db, { n: 4, published: false });
  await insertMentor(db, { n: 5, status: 'suspended' });
  await insertMentee(db, { n: 1, status: 'matched' });
  await insertMentorship(db, 1, 1, 1, 'active'); // mentor 1 is full
});
afterAll(() => subgraph.stop());

const LIST = `query ($filter: MentorFilter, $first: Int, $after: String) {
  mentors(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id displayName remainingCapacity } } } }`;

async function listed(filter: Record<string, unknown> = {}, first = 20): Promise<string[]> {
  const { body } = await subgraph.query<{ mentors: { edges: { node: { id: string } }[] } }>(LIST, as.anonymous, { filter, first });
  expect(body.errors).toBeUndefined();
  return body.data!.mentors.edges.map((e) => e.node.id);
}

describe('public mentor list', () => {
  test('shows approved, published profiles only, to an anonymous reader', async () => {
    expect(await listed()).toEqual([id('a', 1), id('a', 2)]);
  });

  test('filters by expertise, commune, format and remaining capacity', async () => {
    expect(await listed({ expertise: ['finance'] })).toEqual([id('a', 1)]);
    expect(await listed({ commune: '92002' })).toEqual([id('a', 2)]);
    expect(await listed({ format: 'IN_PERSON' })).toEqual([id('a', 1)]);
    expect(await listed({ hasCapacity: true })).toEqual([id('a', 2)]);
    expect(await listed({ hasCapacity: false })).toEqual([id('a', 1)]);
  });

  test('pages with cursors and a total count', async () => {
    const first = await subgraph.query<{ mentors: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
      LIST,
      as.anonymous,
      { first: 1 },
    );
    expect(first.body.data!.mentors).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await subgraph.query<{ mentors: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } } }>(
      LIST,
      as.anonymous,
      {
        first: 1,
        after: first.body.data!.mentors.pageInfo.endCursor,
      },
    );
    expect(second.body.data!.mentors.edges.map((e) => e.node.id)).toEqual([id('a', 2)]);
    expect(second.body.data!.mentors.pageInfo.hasNextPage).toBe(false);
  });

  test('refuses an unknown commune and an oversized page (BAD_USER_INPUT)', async () => {
    for (const variables of [{ filter: { commune: '75056' } }, { first: 500 }]) {
      const { body } = await subgraph.query(LIST, as.anonymous, variables);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  test('never gives contact data to a reader of the public list', async () => {
    const { body } = await subgraph.query('{ mentors { edges { node { displayName email phone } } } }', as.anonymous);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(body.data)).not.toContain('example.invalid');
  });
});

describe('mentor contact (email, phone)', () => {
  const CONTACT = 'query ($id: ID!) { mentor(id: $id) { displayName email phone } }';
  test.each([
    ['herself', as.mentor(2), 0],
    ['a coordinator', as.role('COORDINATOR'), 1],
    ['an admin', as.role('ADMIN'), 1],
  ])('is given to %s (reads by others audited once per request)', async (_who, who, audited) => {
    const before = (await auditRows(subgraph.dataSource!, 'mentor.contact.read', id('a', 2))).length;
    const { body } = await subgraph.query<{ mentor: { email: string; phone: string } }>(CONTACT, who, { id: id('a', 2) });
    expect(body.errors).toBeUndefined();
    expect(body.data!.mentor).toEqual({ displayName: 'Mentor 2', email: 'mentor-2@example.invalid', phone: '+33 1 00 00 00 00' });
    expect((await auditRows(subgraph.dataSource!, 'mentor.contact.read', id('a', 2))).length - before).toBe(audited);
  });

  test.each([
    ['an anonymous reader', as.anonymous, 'UNAUTHENTICATED'],
    ['another mentor', as.mentor(1), 'FORBIDDEN'],
    ['her mentee', as.mentee(1), 'FORBIDDEN'],
    ['an analyst', as.role('ANALYST'), 'FORBIDDEN'],
    ['a trainer', as.role('TRAINER'), 'FORBIDDEN'],
    ['a professional', as.role('PROFESSIONAL'), 'FORBIDDEN'],
  ])('is refused to %s', async (_who, who, code) => {
    for (const field of ['email', 'phone']) {
      const { body } = await subgraph.query(`query ($id: ID!) { mentor(id: $id) { ${field} } }`, who, { id: id('a', 2) });
      expect(body.errors?.[0].extensions?.code).toBe(code);
      expect(JSON.stringify(body.data)).not.toMatch(/example\.invalid|\+33/);
    }
  });

  test('an unpublished or pending profile is hidden from the public but not from herself or coordinators', async () => {
    const q = 'query ($id: ID!) { mentor(id: $id) { id status } }';
    for (const n of [3, 4, 5]) {
      expect((await subgraph.query(q, as.anonymous, { id: id('a', n) })).body.data!.mentor).toBeNull();
      expect((await subgraph.query(q, as.mentor(1), { id: id('a', n) })).body.data!.mentor).toBeNull();
      expect((await subgraph.query(q, as.mentor(n), { id: id('a', n) })).body.data!.mentor).toMatchObject({ id: id('a', n) });
      expect((await subgraph.query(q, as.role('COORDINATOR'), { id: id('a', n) })).body.data!.mentor).toMatchObject({ id: id('a', n) });
    }
  });
});

describe('registration and review', () => {
  const REGISTER = `mutation ($input: MentorProfileInput!) { registerAsMentor(input: $input) { id status displayName expertise commune { code } } }`;
  const input = {
    displayName: 'Nadia K.',
    headline: 'Avocate',
    expertise: ['Droit', 'droit ', 'Entrepreneuriat'],
    languages: ['français'],
    commune: '92025',
    formats: ['REMOTE'],
    capacity: 2,
    published: true,
    email: 'nadia@example.invalid',
    charterVersion: 'charte-2026-01',
  };

  test('a MENTOR registers (pending), edits her profile, a coordinator approves then suspends it; invalid transitions are CONFLICT', async () => {
    const nadia = identity('MENTOR', 'nadia');
    const { body } = await subgraph.query<{ registerAsMentor: { id: string; status: string; expertise: string[] } }>(REGISTER, nadia, {
      input,
    });
    expect(body.errors).toBeUndefined();
    const mentor = body.data!.registerAsMentor;
    expect(mentor).toMatchObject({ status: 'PENDING', expertise: ['droit', 'entrepreneuriat'], commune: { code: '92025' } });
    expect((await subgraph.query(REGISTER, nadia, { input })).body.errors?.[0].extensions?.code).toBe('CONFLICT');

    const update = await subgraph.query<{ updateMyMentorProfile: { headline: string; capacity: number } }>(
      'mutation { updateMyMentorProfile(input: { headline: "Avocate au barreau", capacity: 3 }) { headline capacity } }',
      nadia,
    );
    expect(update.body.data!.updateMyMentorProfile).toEqual({ headline: 'Avocate au barreau', capacity: 3 });

    const review = (action: string) =>
      subgraph.query<Record<string, { status: string }>>(`mutation ($id: ID!) { ${action}(id: $id) { status } }`, as.role('COORDINATOR'), {
        id: mentor.id,
      });
    expect((await review('approveMentor')).body.data!.approveMentor.status).toBe('APPROVED');
    expect((await review('approveMentor')).body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect((await review('suspendMentor')).body.data!.suspendMentor.status).toBe('SUSPENDED');
    expect((await review('suspendMentor')).body.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  test('registration checks its input and its caller', async () => {
    const bad = await subgraph.query(REGISTER, identity('MENTOR', 'bad'), { input: { ...input, commune: '93001' } });
    expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.commune' });
    const capacity = await subgraph.query(REGISTER, identity('MENTOR', 'bad'), { input: { ...input, capacity: 0 } });
    expect(capacity.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.capacity' });
    // No role is needed to offer to mentor: the profile, pending until approved, is what counts.
    expect(
      (await subgraph.query<{ registerAsMentor: { status: string } }>(REGISTER, as.mentee(9), { input })).body.data?.registerAsMentor
        .status,
    ).toBe('PENDING');
    await subgraph.dataSource!.query(`DELETE FROM mentor WHERE account_id = 'mentee-9'`);
    expect((await subgraph.query(REGISTER, as.anonymous, { input })).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const approve = await subgraph.query('mutation ($id: ID!) { approveMentor(id: $id) { status } }', as.mentor(3), { id: id('a', 3) });
    expect(approve.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

test('coordinators list profiles in any state for review; others are refused', async () => {
  const q = 'query ($status: MentorStatus) { mentorProfiles(status: $status) { totalCount edges { node { id status } } } }';
  const { body } = await subgraph.query<{ mentorProfiles: { edges: { node: { id: string } }[] } }>(q, as.role('COORDINATOR'), {
    status: 'PENDING',
  });
  expect(body.data!.mentorProfiles.edges.map((e) => e.node.id)).toEqual([id('a', 3)]);
  expect((await subgraph.query(q, as.mentor(1))).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect((await subgraph.query(q, as.anonymous)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});

describe('readyToMentor (@requires awarenessTrained from training)', () => {
  beforeAll(async () => {
    // Enough approved, published mentors that first=50 really returns 50 (after the checks below).
    for (let i = 0; i < 60; i++) await insertMentor(subgraph.dataSource!, { n: 900 + i });
  });
  const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Mentor { id readyToMentor } } }';
  test('is approved AND remaining capacity AND trained', async () => {
    const { body } = await subgraph.query<{ _entities: { id: string; readyToMentor: boolean }[] }>(ENTITIES, as.role('COORDINATOR'), {
      r: [
        { __typename: 'Mentor', id: id('a', 2), awarenessTrained: true }, // approved, capacity left, trained
        { __typename: 'Mentor', id: id('a', 1), awarenessTrained: true }, // full
        { __typename: 'Mentor', id: id('a', 3), awarenessTrained: true }, // pending
        { __typename: 'Mentor', id: id('a', 900), awarenessTrained: false }, // not trained
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data!._entities.map((e) => e.readyToMentor)).toEqual([true, false, false, false]);
  });

  test.each([10, 50])('mentors(first: %i) then _entities for readyToMentor costs a constant number of SQL statements', async (first) => {
    const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
    const list = await subgraph.query<{ mentors: { edges: { node: { id: string; displayName: string; commune: { code: string } } }[] } }>(
      'query ($first: Int) { mentors(first: $first) { edges { node { id displayName commune { code } } } } }',
      as.anonymous,
      { first },
    );
    const afterList = await readCounter(subgraph.metricsUrl, 'db_statements_total');
    const ids = list.body.data!.mentors.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(first);
    const entities = await subgraph.query<{ _entities: { readyToMentor: boolean }[] }>(ENTITIES, as.anonymous, {
      r: ids.map((mentorId, i) => ({ __typename: 'Mentor', id: mentorId, awarenessTrained: i % 2 === 0 })),
    });
    expect(entities.body.errors).toBeUndefined();
    expect(entities.body.data!._entities).toHaveLength(first);
    const afterEntities = await readCounter(subgraph.metricsUrl, 'db_statements_total');
    console.log(`first=${first}: list ${afterList - before} statements, _entities ${afterEntities - afterList} statements`);
    expect(afterList - before).toBe(2); // page + totalCount
    expect(afterEntities - afterList).toBe(2); // mentors by id + active counts
  });
});
