// The programme's counts per commune kept between requests (data/commune-stats.ts over the kit's
// change feed): no statement while nothing changes, dropped on every write, wherever it comes from.
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { mentoring } from '../src/service';

let subgraph: TestSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(mentoring, { keepFigures: true, seedDemoData: true });
});
afterAll(() => subgraph.stop());

/** A commune's approved mentors as the public reads them, and the statements the read cost. */
async function mentorCount(code: string): Promise<{ count: number; statements: number }> {
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<{ _entities: { mentoring: { mentorCount: number } }[] }>(
    `{ _entities(representations: [{ __typename: "Commune", code: "${code}" }]) { ... on Commune { mentoring { mentorCount } } } }`,
    identity(null),
  );
  expect(body.errors).toBeUndefined();
  return {
    count: body.data!._entities[0].mentoring.mentorCount,
    statements: (await readCounter(subgraph.metricsUrl, 'db_statements_total')) - before,
  };
}

async function until(code: string, done: (r: { count: number; statements: number }) => boolean) {
  for (let i = 0; i < 100; i++) {
    const result = await mentorCount(code);
    if (done(result)) return result;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition never met');
}

test('kept counts cost no statement; a mutation (a mentor approved) is seen by the very next read', async () => {
  const [pending] = await subgraph.dataSource!.query(
    `SELECT id, commune_code AS code FROM mentor WHERE status = 'pending' AND commune_code IS NOT NULL LIMIT 1`,
  );
  const kept = await until(pending.code, (r) => r.statements === 0);
  const { body } = await subgraph.query(`mutation { approveMentor(id: "${pending.id}") { id } }`, identity('COORDINATOR'));
  expect(body.errors).toBeUndefined();
  const next = await mentorCount(pending.code);
  expect(next.count).toBe(kept.count + 1);
  expect(next.statements).toBeGreaterThan(0);
});

test('a write straight to the database (an import, another replica) is heard and the counts re-read', async () => {
  const [approved] = await subgraph.dataSource!.query(
    `SELECT id, commune_code AS code FROM mentor WHERE status = 'approved' AND commune_code IS NOT NULL LIMIT 1`,
  );
  const kept = await until(approved.code, (r) => r.statements === 0);
  await subgraph.dataSource!.query(`UPDATE mentor SET status = 'suspended' WHERE id = $1`, [approved.id]);
  expect((await until(approved.code, (r) => r.count !== kept.count)).count).toBe(kept.count - 1);
});
