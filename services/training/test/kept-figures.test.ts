// Commune figures kept between requests (data/commune-stats.ts over the kit's change feed): read
// once while nothing changes, dropped on every write (through the subgraph at once; any other
// writer through PostgreSQL's notification), and raw reads still audited on every request.
import { identity, readCounter, startTestSubgraph, type TestSubgraph } from '@equality-graph/testing';
import { training } from '../src/service';

let subgraph: TestSubgraph;
const SESSION = '00000000-0000-4000-b000-000000000001';
beforeAll(async () => {
  subgraph = await startTestSubgraph(training, { keepFigures: true });
  const db = subgraph.dataSource!;
  await db.query(`INSERT INTO training_course (id, title, summary, duration_hours, modality, published)
    VALUES ('00000000-0000-4000-a000-000000000001', 'Anna', 'Kit', 7, 'in_person', true)`);
  await db.query(`INSERT INTO training_session (id, course_id, commune_code, starts_at, ends_at, capacity, status)
    VALUES ('${SESSION}', '00000000-0000-4000-a000-000000000001', '92023', '2024-03-01 09:00Z', '2024-03-01 17:00Z', 12, 'completed')`);
  await db.query(`INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, attendance) VALUES
    ('00000000-0000-4000-c000-000000000001', '${SESSION}', 'p1', 'P1', 'health', 'booked', 'full'),
    ('00000000-0000-4000-c000-000000000002', '${SESSION}', 'p2', 'P2', 'health', 'booked', 'unknown')`);
});
afterAll(() => subgraph.stop());

const QUERY = '{ _entities(representations: [{ __typename: "Commune", code: "92023" }]) { ... on Commune { training { trainedCount } } } }';

/** Clamart's trained count as an analyst reads it (raw), and the statements the read cost. */
async function read(): Promise<{ trained: number; statements: number }> {
  const before = await readCounter(subgraph.metricsUrl, 'db_statements_total');
  const { body } = await subgraph.query<{ _entities: { training: { trainedCount: number } }[] }>(QUERY, identity('ANALYST'));
  expect(body.errors).toBeUndefined();
  return {
    trained: body.data!._entities[0].training.trainedCount,
    statements: (await readCounter(subgraph.metricsUrl, 'db_statements_total')) - before,
  };
}

/** Reads until `done` holds (the feed starts listening, a notification arrives); at most 100 reads. */
async function readUntil(done: (r: { trained: number; statements: number }) => boolean) {
  for (let i = 0; i < 100; i++) {
    const result = await read();
    if (done(result)) return result;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition never met');
}

test('figures are read from PostgreSQL once while nothing changes; the raw read is audited every time', async () => {
  // Once kept, a raw read of a small count costs only its audit row (one INSERT), no SELECT of figures.
  const kept = await readUntil((r) => r.statements === 1);
  expect(kept.trained).toBe(1);
  const audited = await subgraph.dataSource!.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training.figures.read.raw'`);
  const again = await read();
  expect(again.statements).toBe(1);
  const after = await subgraph.dataSource!.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'training.figures.read.raw'`);
  expect(after[0].n).toBe(audited[0].n + 1);
});

test('a write outside the subgraph (an import, another replica) is heard through PostgreSQL and the figures re-read', async () => {
  await readUntil((r) => r.statements === 1);
  await subgraph.dataSource!.query(`UPDATE enrolment SET attendance = 'full' WHERE id = '00000000-0000-4000-c000-000000000002'`);
  const fresh = await readUntil((r) => r.trained === 2);
  expect(fresh.trained).toBe(2);
});

test('a mutation through the subgraph drops the kept figures at once: the very next read sees it', async () => {
  await readUntil((r) => r.statements === 1 && r.trained === 2);
  const { body } = await subgraph.query(
    `mutation { recordAttendance(sessionId: "${SESSION}", attendance: [{ enrolmentId: "00000000-0000-4000-c000-000000000002", attendance: NO_SHOW }]) { id } }`,
    identity('COORDINATOR'),
  );
  expect(body.errors).toBeUndefined();
  const next = await read();
  expect(next.trained).toBe(1);
  expect(next.statements).toBeGreaterThan(1);
});
