// Through the real gateway: the public mentor list with fields of all three subgraphs costs the
// same SQL statements for 10 mentors as for 50 (batched references, no N+1).
import { readCounter } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';

// The done-when figure, end to end: the public mentor list with readyToMentor (training's
// awarenessTrained through @requires) and commune names (observatory) through the real gateway.
let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ seedDemoData: true });
}, 120_000);
afterAll(() => graph?.stop());

const QUERY = 'query ($first: Int) { mentors(first: $first) { edges { node { displayName commune { name } readyToMentor } } } }';

async function statements(): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(graph.subgraphs).map(async ([name, s]) => [name, await readCounter(s.metricsUrl, 'db_statements_total')] as const),
  );
  return Object.fromEntries(entries);
}

test('mentors(first: 10 | 50) { displayName commune { name } readyToMentor } costs the same SQL statements per subgraph', async () => {
  const costs: Record<number, Record<string, number>> = {};
  for (const first of [10, 50]) {
    const before = await statements();
    const { body } = await graph.query<{
      mentors: { edges: { node: { displayName: string; commune: { name: string }; readyToMentor: boolean } }[] };
    }>(QUERY, {
      variables: { first },
    });
    expect(body.errors).toBeUndefined();
    const nodes = body.data!.mentors.edges.map((e) => e.node);
    expect(nodes).toHaveLength(first);
    expect(nodes.every((n) => n.commune.name.length > 0)).toBe(true);
    const after = await statements();
    costs[first] = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - before[k]]));
    if (first === 50) expect(nodes.some((n) => n.readyToMentor) && nodes.some((n) => !n.readyToMentor)).toBe(true);
  }
  console.log(`SQL statements per subgraph: first=10 ${JSON.stringify(costs[10])}, first=50 ${JSON.stringify(costs[50])}`);
  expect(costs[50]).toEqual(costs[10]);
  expect(costs[10].mentoring).toBe(4); // list + total, then _entities: mentors by id + active counts
}, 60_000);
