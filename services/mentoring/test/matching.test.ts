// Matching: suggestions, the mentorship lifecycle and its guarantees under concurrent
// acceptances (capacity, one active mentorship per mentee).
import { startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';
import { as, auditRows, id, insertMentee, insertMentor } from './fixtures';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring);
  const db = subgraph.dataSource!;
  await insertMentor(db, { n: 1, expertise: ['droit', 'finance'], commune: '92050', formats: ['REMOTE'], capacity: 1 });
  await insertMentor(db, { n: 2, expertise: ['droit'], commune: '92002', formats: ['IN_PERSON'], capacity: 3 });
  await insertMentor(db, { n: 3, status: 'pending' });
  await insertMentor(db, { n: 4, capacity: 1 });
  for (let n = 10; n <= 11; n++) await insertMentee(db, { n });
  for (let n = 1; n <= 8; n++) await insertMentee(db, { n, interests: ['droit', 'finance'], formats: ['REMOTE'] });
  await insertMentee(db, { n: 9, status: 'applied' });
});
afterAll(() => subgraph.stop());

const coordinator = as.role('COORDINATOR');
type Result = { id: string; status: string; startedAt: string | null };
const FIELDS = 'id status startedAt';

async function mutate(name: string, args: string, who = coordinator, variables: Record<string, unknown> = {}) {
  const { body } = await subgraph.query<Record<string, Result>>(`mutation { ${name}(${args}) { ${FIELDS} } }`, who, variables);
  return { data: body.data?.[name] ?? null, code: body.errors?.[0].extensions?.code ?? null };
}
const propose = (mentee: number, mentor: number) =>
  mutate('proposeMatch', `menteeId: "${id('b', mentee)}", mentorId: "${id('a', mentor)}"`);
const menteeStatus = async (n: number) =>
  (await subgraph.dataSource!.query('SELECT status FROM mentee WHERE id = $1', [id('b', n)]))[0].status;

test('matchSuggestions ranks approved mentors with capacity, explains the score, and audits the read', async () => {
  const { body } = await subgraph.query<{
    matchSuggestions: { mentor: { id: string }; score: number; parts: { criterion: string; points: number }[] }[];
  }>(
    `query ($id: ID!) { matchSuggestions(menteeId: $id, limit: 5) { mentor { id } score parts { criterion points explanation } } }`,
    coordinator,
    { id: id('b', 1) },
  );
  expect(body.errors).toBeUndefined();
  const suggestions = body.data!.matchSuggestions;
  expect(suggestions.map((s) => [s.mentor.id, s.score])).toEqual([
    [id('a', 1), 1],
    [id('a', 4), 0.75],
    [id('a', 2), 0.35],
  ]);
  expect(suggestions[2].parts.map((p) => p.points)).toEqual([0.25, 0, 0, 0.1]);
  expect(await auditRows(subgraph.dataSource!, 'mentee.match-suggestions', id('b', 1))).toHaveLength(1);
  for (const who of [as.mentor(1), as.mentee(1), as.role('ANALYST')]) {
    const refused = await subgraph.query(`query { matchSuggestions(menteeId: "${id('b', 1)}") { score } }`, who);
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
});

test('lifecycle: proposed -> both accept -> active (mentee matched) -> completed (alumna), invalid steps are CONFLICT', async () => {
  const proposed = await propose(1, 2);
  expect(proposed.data).toMatchObject({ status: 'PROPOSED', startedAt: null });
  const m = proposed.data!.id;
  expect((await propose(1, 2)).code).toBe('CONFLICT'); // same pair twice
  expect((await mutate('completeMatch', `id: "${m}"`)).code).toBe('CONFLICT'); // not active yet
  expect((await mutate('endMatch', `id: "${m}", reason: "x"`)).code).toBe('CONFLICT');
  expect((await mutate('acceptMatch', `id: "${m}"`, as.mentor(1))).code).toBe('NOT_FOUND'); // not hers: as if unknown
  expect((await mutate('acceptMatch', `id: "${m}"`, coordinator)).code).toBe('FORBIDDEN'); // participants accept

  expect((await mutate('acceptMatch', `id: "${m}"`, as.mentor(2))).data!.status).toBe('PROPOSED');
  expect((await mutate('acceptMatch', `id: "${m}"`, as.mentor(2))).code).toBe('CONFLICT'); // twice
  const active = await mutate('acceptMatch', `id: "${m}"`, as.mentee(1));
  expect(active.data).toMatchObject({ status: 'ACTIVE', startedAt: expect.any(String) });
  expect(await menteeStatus(1)).toBe('matched');
  expect((await mutate('acceptMatch', `id: "${m}"`, as.mentee(1))).code).toBe('CONFLICT');
  expect((await mutate('declineMatch', `id: "${m}"`)).code).toBe('CONFLICT');
  expect((await propose(1, 1)).code).toBe('CONFLICT'); // she is matched, not waiting

  expect((await mutate('completeMatch', `id: "${m}"`, as.mentee(1))).code).toBe('FORBIDDEN'); // the mentor or a coordinator
  expect((await mutate('completeMatch', `id: "${m}"`, as.mentor(2))).data!.status).toBe('COMPLETED');
  expect(await menteeStatus(1)).toBe('alumna');
  expect((await mutate('endMatch', `id: "${m}", reason: "x"`)).code).toBe('CONFLICT');
});

test('lifecycle: decline a proposal; end an active mentorship early (mentee back to accepted)', async () => {
  const declined = (await propose(2, 2)).data!.id;
  expect((await mutate('declineMatch', `id: "${declined}"`, as.mentee(2))).data!.status).toBe('DECLINED');
  expect((await mutate('acceptMatch', `id: "${declined}"`, as.mentor(2))).code).toBe('CONFLICT');

  const m = (await propose(2, 2)).data!.id; // a new proposal after a decline is fine
  await mutate('acceptMatch', `id: "${m}"`, as.mentee(2));
  await mutate('acceptMatch', `id: "${m}"`, as.mentor(2));
  const { body } = await subgraph.query<{ endMatch: { status: string; endReason: string } }>(
    `mutation { endMatch(id: "${m}", reason: "déménagement") { status endReason } }`,
    as.mentor(2),
  );
  expect(body.data!.endMatch).toEqual({ status: 'ENDED', endReason: 'déménagement' });
  expect(await menteeStatus(2)).toBe('accepted');
});

test('proposals need an accepted mentee and an approved mentor with capacity', async () => {
  expect((await propose(9, 2)).code).toBe('CONFLICT'); // applied, not accepted
  expect((await propose(3, 3)).code).toBe('CONFLICT'); // pending mentor
  expect((await mutate('proposeMatch', `menteeId: "${id('b', 99)}", mentorId: "${id('a', 2)}"`)).code).toBe('NOT_FOUND');
  expect((await mutate('proposeMatch', `menteeId: "nope", mentorId: "${id('a', 2)}"`)).code).toBe('BAD_USER_INPUT');
});

test('concurrent acceptances never exceed a mentor capacity nor give a mentee two active mentorships', async () => {
  // Mentor 1 (capacity 1) is proposed to mentees 4..7; mentee 8 is proposed to mentors 1 and 2.
  const toMentor1 = [];
  for (const n of [4, 5, 6, 7]) toMentor1.push((await propose(n, 1)).data!.id);
  const m8a = (await propose(8, 1)).data!.id;
  const m8b = (await propose(8, 2)).data!.id;
  for (const [m, n] of [...toMentor1.map((m, i) => [m, 4 + i] as const), [m8a, 8] as const, [m8b, 8] as const]) {
    expect((await mutate('acceptMatch', `id: "${m}"`, as.mentee(n))).data!.status).toBe('PROPOSED');
  }
  // All mentor-side acceptances at once, over HTTP.
  const results = await Promise.all([
    ...[...toMentor1, m8a].map((m) => mutate('acceptMatch', `id: "${m}"`, as.mentor(1))),
    mutate('acceptMatch', `id: "${m8b}"`, as.mentor(2)),
  ]);
  expect(results.every((r) => r.code === null || r.code === 'CONFLICT')).toBe(true);
  const db = subgraph.dataSource!;
  const [{ mentor1 }] = await db.query(`SELECT count(*)::int AS mentor1 FROM mentorship WHERE mentor_id = $1 AND status = 'active'`, [
    id('a', 1),
  ]);
  expect(mentor1).toBe(1);
  const [{ mentee8 }] = await db.query(`SELECT count(*)::int AS mentee8 FROM mentorship WHERE mentee_id = $1 AND status = 'active'`, [
    id('b', 8),
  ]);
  expect(mentee8).toBe(1);
  // What the callers were told matches what the database holds.
  const activated = results.filter((r) => r.data?.status === 'ACTIVE').length;
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM mentorship WHERE status = 'active' AND id = ANY($1::uuid[])`, [
    [...toMentor1, m8a, m8b],
  ]);
  expect(activated).toBe(n);
  const matched = await db.query(`SELECT count(*)::int AS n FROM mentee WHERE status = 'matched' AND id = ANY($1::uuid[])`, [
    [4, 5, 6, 7, 8].map((k) => id('b', k)),
  ]);
  expect(matched[0].n).toBe(activated);
});

test('activation waits for the lock on the mentor row, then sees the capacity taken meanwhile (CONFLICT)', async () => {
  const db = subgraph.dataSource!;
  const m = (await propose(10, 4)).data!.id;
  await mutate('acceptMatch', `id: "${m}"`, as.mentee(10));
  // Another transaction holds mentor 4's row and activates a mentorship that fills her capacity.
  const blocker = db.createQueryRunner();
  await blocker.connect();
  await blocker.startTransaction();
  await blocker.query('SELECT id FROM mentor WHERE id = $1 FOR UPDATE', [id('a', 4)]);
  await blocker.query(`INSERT INTO mentorship (id, mentor_id, mentee_id, status, started_at) VALUES ($1, $2, $3, 'active', now())`, [
    id('c', 99),
    id('a', 4),
    id('b', 11),
  ]);
  let settled = false;
  const accepting = mutate('acceptMatch', `id: "${m}"`, as.mentor(4)).finally(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(settled).toBe(false); // blocked on the row lock
  await blocker.commitTransaction();
  await blocker.release();
  expect((await accepting).code).toBe('CONFLICT');
  const [{ status }] = await db.query('SELECT status FROM mentorship WHERE id = $1', [m]);
  expect(status).toBe('proposed');
});

test('coordinators list every mentorship by status, page by page, each listed pair audited; nobody else may', async () => {
  const { data: pair } = await propose(3, 2);
  expect(pair?.status).toBe('PROPOSED');
  const LIST = `query ($status: MentorshipStatus, $after: String) {
    mentorships(status: $status, first: 1, after: $after) { edges { node { id status } } pageInfo { hasNextPage endCursor } totalCount }
  }`;
  type Page = {
    mentorships: {
      edges: { node: { id: string; status: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
      totalCount: number;
    };
  };
  const seen: { id: string; status: string }[] = [];
  let after: string | null = null;
  for (;;) {
    const answer: { data?: Page | null; errors?: unknown } = (await subgraph.query<Page>(LIST, coordinator, { status: 'PROPOSED', after }))
      .body;
    expect(answer.errors).toBeUndefined();
    const page: Page['mentorships'] = answer.data!.mentorships;
    seen.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  const [{ n: proposedCount }] = await subgraph.dataSource!.query("SELECT count(*)::int AS n FROM mentorship WHERE status = 'proposed'");
  expect(seen).toHaveLength(proposedCount);
  expect(seen.every((m) => m.status === 'PROPOSED')).toBe(true);
  expect(seen.map((m) => m.id)).toContain(pair!.id);
  expect(await auditRows(subgraph.dataSource!, 'mentorship.read', pair!.id)).toHaveLength(1);

  const all = await subgraph.query<Page>('{ mentorships(first: 100) { totalCount } }', coordinator);
  const [{ n: total }] = await subgraph.dataSource!.query('SELECT count(*)::int AS n FROM mentorship');
  expect(all.body.data!.mentorships.totalCount).toBe(total);

  // By the mentee's commune: only pairs whose mentee lives there.
  const [{ commune }] = await subgraph.dataSource!.query('SELECT commune_code AS commune FROM mentee WHERE id = $1', [id('b', 3)]);
  const local = await subgraph.query<Page>(
    'query ($c: ID) { mentorships(commune: $c, first: 100) { edges { node { id mentee { id } } } totalCount } }',
    coordinator,
    { c: commune },
  );
  const [{ n: localCount }] = await subgraph.dataSource!.query(
    'SELECT count(*)::int AS n FROM mentorship s JOIN mentee e ON e.id = s.mentee_id WHERE e.commune_code = $1',
    [commune],
  );
  expect(local.body.data!.mentorships.totalCount).toBe(localCount);
  expect(local.body.data!.mentorships.edges.map((e) => e.node.id)).toContain(pair!.id);
  const bad = await subgraph.query('{ mentorships(commune: "75056") { totalCount } }', coordinator);
  expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'commune' });

  for (const who of [as.mentor(2), as.mentee(3), as.role('ANALYST')]) {
    const refused = await subgraph.query('{ mentorships { totalCount } }', who);
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const anonymous = await subgraph.query('{ mentorships { totalCount } }', as.anonymous);
  expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
