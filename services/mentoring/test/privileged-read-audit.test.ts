// Restricted reads leave audit rows (one per subject and request); public reads leave none.
import { identity, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import type { Identity } from '@equality-graph/auth';
import { mentoring } from '../src/service';
import { as, auditRows, id, insertMentee, insertMentor, insertMentorship } from './fixtures';

/**
 * Every read the access rules restrict, by someone other than the person it is about, leaves an
 * audit row naming the reader; the people themselves and public data leave none.
 */
let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1 }); // public profile
  await insertMentor(db, { n: 2, published: false }); // not public
  await insertMentee(db, { n: 1, status: 'matched' });
  await insertMentee(db, { n: 2, status: 'alumna', commune: '92002' });
  await insertMentorship(db, 1, 1, 1, 'active');
  await insertMentorship(db, 2, 2, 2, 'completed');
  await db.query(
    `INSERT INTO mentoring_session (id, mentorship_id, held_on, duration_minutes, format, topics) VALUES ($1, $2, '2025-01-10', 60, 'REMOTE', '{cv}')`,
    [id('d', 1), id('c', 1)],
  );
  await db.query(`INSERT INTO goal (id, mentorship_id, title, status, milestones) VALUES ($1, $2, 'Un stage', 'OPEN', '[]')`, [
    id('d', 2),
    id('c', 1),
  ]);
  await db.query(
    `INSERT INTO satisfaction_survey (id, mentorship_id, respondent, rating, would_recommend) VALUES ($1, $2, 'MENTEE', 5, true)`,
    [id('d', 3), id('c', 2)],
  );
});
afterAll(() => subgraph.stop());

/** The audit rows of `action` on `subject` that one read adds, with their readers. */
async function auditedBy(action: string, subject: string, read: () => Promise<{ body: { errors?: unknown } }>): Promise<string[]> {
  const before = (await auditRows(subgraph.dataSource!, action, subject)).length;
  const { body } = await read();
  expect(body.errors).toBeUndefined();
  const rows = await auditRows(subgraph.dataSource!, action, subject);
  return rows.slice(before).map((r) => r.actor_sub);
}

const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { code mentoring { FIELDS } } } }';
const nanterre = { r: [{ __typename: 'Commune', code: '92050' }] };

describe('per-commune mentee and match counts', () => {
  test.each([
    ['menteeCount', 'COORDINATOR'],
    ['activeMatchCount', 'COORDINATOR'],
    ['menteeCount', 'ANALYST'],
    ['activeMatchCount', 'ANALYST'],
  ] as const)('%s read by a %s writes one audit row per commune', async (field, role) => {
    const who = identity(role);
    const readers = await auditedBy('commune-mentoring.read', '92050', () =>
      subgraph.query(ENTITIES.replace('FIELDS', field), who, nanterre),
    );
    expect(readers).toEqual([who.sub]);
  });

  test('both counts of two communes in one request: one row per commune', async () => {
    const before = (await auditRows(subgraph.dataSource!, 'commune-mentoring.read')).length;
    const { body } = await subgraph.query(ENTITIES.replace('FIELDS', 'menteeCount activeMatchCount'), as.role('ANALYST'), {
      r: [
        { __typename: 'Commune', code: '92050' },
        { __typename: 'Commune', code: '92002' },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect((await auditRows(subgraph.dataSource!, 'commune-mentoring.read')).length - before).toBe(2);
  });

  test('the public mentor count writes none', async () => {
    expect(
      await auditedBy('commune-mentoring.read', '92050', () =>
        subgraph.query(ENTITIES.replace('FIELDS', 'mentorCount'), as.anonymous, nanterre),
      ),
    ).toEqual([]);
  });
});

describe('a mentorship and its sessions, goals and surveys', () => {
  const PARTS = {
    'mentorship.read': 'id status endReason',
    'mentorship.sessions.read': 'sessions { totalCount edges { node { date topics } } }',
    'mentorship.goals.read': 'goals { title }',
    'mentorship.surveys.read': 'surveys { rating comment }',
  } as const;
  const read = (fields: string, who: Identity, mentorship = id('c', 1)) =>
    subgraph.query(`query ($id: ID!) { mentorship(id: $id) { ${fields} } }`, who, { id: mentorship });

  test.each(Object.entries(PARTS))('%s by a coordinator is audited', async (action, fields) => {
    const coordinator = as.role('COORDINATOR');
    expect(await auditedBy(action, id('c', 1), () => read(fields, coordinator))).toEqual([coordinator.sub]);
  });

  test.each(Object.entries(PARTS))('%s by an admin is audited', async (action, fields) => {
    const admin = as.role('ADMIN');
    expect(await auditedBy(action, id('c', 2), () => read(fields, admin, id('c', 2)))).toEqual([admin.sub]);
  });

  test.each(Object.entries(PARTS))('%s by its own mentor or mentee is not', async (action, fields) => {
    expect(await auditedBy(action, id('c', 1), () => read(fields, as.mentor(1)))).toEqual([]);
    expect(await auditedBy(action, id('c', 1), () => read(fields, as.mentee(1)))).toEqual([]);
  });

  test("a coordinator listing someone's mentorships is audited, for the list and each mentorship", async () => {
    const coordinator = as.role('COORDINATOR');
    const query = () =>
      subgraph.query(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentorships { edges { node { id goals { title } } } } } } }',
        coordinator,
        { r: [{ __typename: 'Account', id: 'mentee-1' }] },
      );
    const before = (await auditRows(subgraph.dataSource!, 'mentorship.goals.read', id('c', 1))).length;
    expect(await auditedBy('account.mentorships.read', 'mentee-1', query)).toEqual([coordinator.sub]);
    expect(await auditedBy('mentorship.read', id('c', 1), query)).toEqual([coordinator.sub]);
    expect((await auditRows(subgraph.dataSource!, 'mentorship.goals.read', id('c', 1))).length - before).toBe(2);
  });

  test('her own list is not audited', async () => {
    expect(
      await auditedBy('account.mentorships.read', 'mentee-1', () =>
        subgraph.query(
          'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentorships { totalCount } } } }',
          as.mentee(1),
          {
            r: [{ __typename: 'Account', id: 'mentee-1' }],
          },
        ),
      ),
    ).toEqual([]);
  });
});

describe('a mentor profile that is not public', () => {
  const coordinator = as.role('COORDINATOR');
  const READS = {
    'Query.mentor': () => subgraph.query('query ($id: ID!) { mentor(id: $id) { displayName } }', coordinator, { id: id('a', 2) }),
    'Query.mentorProfiles': () => subgraph.query('{ mentorProfiles { edges { node { displayName } } } }', coordinator),
    'Account.mentor': () =>
      subgraph.query('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Account { mentor { displayName } } } }', coordinator, {
        r: [{ __typename: 'Account', id: 'mentor-2' }],
      }),
    'Mentor reference': () =>
      subgraph.query('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Mentor { displayName } } }', coordinator, {
        r: [{ __typename: 'Mentor', id: id('a', 2) }],
      }),
    'Mentorship.mentor': () =>
      subgraph.query('query ($id: ID!) { mentorship(id: $id) { mentor { displayName } } }', coordinator, { id: id('c', 2) }),
  };

  test.each(Object.keys(READS) as (keyof typeof READS)[])('read by a coordinator through %s is audited', async (path) => {
    expect(await auditedBy('mentor.read', id('a', 2), READS[path])).toEqual([coordinator.sub]);
  });

  test('read by herself is not audited, nor is a public profile', async () => {
    expect(
      await auditedBy('mentor.read', id('a', 2), () =>
        subgraph.query('query ($id: ID!) { mentor(id: $id) { displayName } }', as.mentor(2), { id: id('a', 2) }),
      ),
    ).toEqual([]);
    expect(
      await auditedBy('mentor.read', id('a', 1), () =>
        subgraph.query('query ($id: ID!) { mentor(id: $id) { displayName } }', coordinator, { id: id('a', 1) }),
      ),
    ).toEqual([]);
  });
});

test('an admin reading the audit log is itself audited', async () => {
  const admin = as.role('ADMIN');
  const before = (await auditRows(subgraph.dataSource!, 'audit-log.read')).length;
  const { body } = await subgraph.query('{ mentoringAuditLog(first: 5) { totalCount } }', admin);
  expect(body.errors).toBeUndefined();
  const rows = await auditRows(subgraph.dataSource!, 'audit-log.read');
  expect(rows.slice(before).map((r) => r.actor_sub)).toEqual([admin.sub]);
});
