// PROFESSIONNELS_FORMES is training's figure, read through the graph at query time: the
// observatory names the year, the training subgraph answers; nothing is stored here.
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seedDemoData: true });
});
afterAll(() => graph.stop());

interface Figure {
  year: number;
  sessionCount: number;
  trainedCount: number | null;
  suppressed: boolean;
}
const BREAKDOWN = `query ($period: String!) { indicatorBreakdown(indicator: "PROFESSIONNELS_FORMES", period: $period) {
  departmentTotal { value trainingFigure { year sessionCount trainedCount suppressed } } } }`;

async function figureThroughObservatory(year: number, role?: 'ANALYST'): Promise<{ value: number | null; trainingFigure: Figure }> {
  const { body } = await graph.query<{ indicatorBreakdown: { departmentTotal: { value: number | null; trainingFigure: Figure } } }>(
    BREAKDOWN,
    {
      role,
      variables: { period: String(year) },
    },
  );
  expect(body.errors).toBeUndefined();
  return body.data!.indicatorBreakdown.departmentTotal;
}

test("PROFESSIONNELS_FORMES for a year equals training's department figure for that year (trainingStats), through the gateway", async () => {
  const years = [2023, 2024, 2025];
  let compared = 0;
  for (const year of years) {
    const stats = await graph.query<{ trainingStats: { trainedCount: number; sessionCount: number } }>(
      'query ($year: Int!) { trainingStats(year: $year) { trainedCount sessionCount } }',
      { role: 'ANALYST', variables: { year } },
    );
    expect(stats.body.errors).toBeUndefined();
    const { trainedCount, sessionCount } = stats.body.data!.trainingStats;
    const figure = await figureThroughObservatory(year, 'ANALYST');
    expect(figure.trainingFigure).toEqual({ year, sessionCount, trainedCount, suppressed: false });
    // Nothing is stored in the observatory for it: the stored value stays empty.
    expect(figure.value).toBeNull();
    if (trainedCount > 0) compared++;
  }
  // The demo data has people trained in at least one of these years, so the comparison is not 0 = 0.
  expect(compared).toBeGreaterThan(0);
});

test('the observatory holds no copy: a training figure changed in training shows at once', async () => {
  const year = 2024;
  const before = await figureThroughObservatory(year, 'ANALYST');
  const training = graph.subgraphs.training.dataSource!;
  // One more person fully trained in a completed 2024 session (a new enrolment without account).
  const [session] = await training.query(
    `SELECT id FROM training_session WHERE status = 'completed' AND extract(year FROM starts_at AT TIME ZONE 'Europe/Paris') = $1 LIMIT 1`,
    [year],
  );
  expect(session).toBeDefined();
  await training.query(
    `INSERT INTO enrolment (id, session_id, sector, display_name, status, attendance)
     VALUES (gen_random_uuid(), $1, 'health', 'Personne test', 'booked', 'full')`,
    [session.id],
  );
  const after = await figureThroughObservatory(year, 'ANALYST');
  expect(after.trainingFigure.trainedCount).toBe((before.trainingFigure.trainedCount ?? 0) + 1);
});

test('the public gets the department figure when it is large enough, and the observatory stores no PROFESSIONNELS_FORMES row', async () => {
  const figure = await figureThroughObservatory(2024);
  const analyst = await figureThroughObservatory(2024, 'ANALYST');
  expect(analyst.trainingFigure.trainedCount).toBeGreaterThan(5);
  expect(figure.trainingFigure).toEqual(analyst.trainingFigure);
  const [{ n }] = await graph.subgraphs.observatory.dataSource!.query(
    `SELECT count(*)::int AS n FROM observation WHERE indicator_code = 'PROFESSIONNELS_FORMES'`,
  );
  expect(n).toBe(0);
});
