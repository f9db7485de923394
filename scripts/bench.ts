/**
 * pnpm bench: figures measured side by side in one run, on an embedded PostgreSQL with the
 * demo data of the three services. SQL statements per subgraph come from each one's /metrics,
 * on its metrics port (db_statements_total before/after); latencies are printed, never asserted (machines here
 * are shared and noisy).
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '@equality-graph/auth';
import { startEmbeddedServer } from '@equality-graph/dev-database';
import { readCounter } from '@equality-graph/testing';
import { startTestGraph, type TestGraph } from '@equality-graph/testing/graph';
import { ROOT } from './lib/subgraphs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(label: string, rounds: number, run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`  ${label.padEnd(60)} p50 ${percentile(samples, 50).toFixed(2)} ms  p95 ${percentile(samples, 95).toFixed(2)} ms`);
  return mean;
}

/** Runs `query` once and prints the statements each subgraph sent for it. */
async function statements(graph: TestGraph, label: string, query: string, role?: Role, variables?: Record<string, unknown>) {
  const subgraphs = Object.entries(graph.subgraphs);
  const before = await Promise.all(subgraphs.map(([, s]) => readCounter(s.metricsUrl, 'db_statements_total')));
  const { body } = await graph.query(query, { role, variables });
  const after = await Promise.all(subgraphs.map(([, s]) => readCounter(s.metricsUrl, 'db_statements_total')));
  if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors)}`);
  const counts = subgraphs.map(([name], i) => `${name} ${after[i] - before[i]}`).join(', ');
  console.log(`  ${label.padEnd(60)} ${counts}`);
}

async function main(): Promise<void> {
  const parent = mkdtempSync(path.join(tmpdir(), 'equality-graph-bench-'));
  chmodSync(parent, 0o755);
  const pg = await startEmbeddedServer({ dataDir: path.join(parent, 'pg'), port: 0, ephemeral: true, fast: true });
  process.env.TEST_PG_ADMIN_URL = pg.adminUrl;
  // Benchmarks measure the graph, not the rate limiter.
  const graph = await startTestGraph({ seedDemoData: true, env: { RATE_LIMIT_MAX: '0' } });
  try {
    const communesQuery = '{ communes { code name population mentoring { mentorCount } training { trainedCount } } }';
    const analystQuery = readFileSync(path.join(ROOT, 'schema', 'operations', 'DomesticViolenceRateAndTraining.graphql'), 'utf8');
    const mentors = (n: number) => `{ mentors(first: ${n}) { edges { node { displayName commune { name } readyToMentor } } } }`;

    console.log('SQL statements per subgraph (db_statements_total delta, one query each):');
    await statements(graph, 'communes + mentoring + training (36 communes)', communesQuery);
    await statements(graph, 'analyst 2023 breakdown + population + trained (analyst)', analystQuery, 'ANALYST');
    await statements(graph, 'the same, anonymous (suppressed cells)', analystQuery);
    for (const year of [2019, 2024]) {
      await statements(graph, `indicatorBreakdown ${year} (36 communes, vs previous year)`, analystQuery, 'ANALYST', { period: String(year), year });
    }
    await statements(
      graph,
      'Commune.observations, 36 communes x 6 years',
      '{ communes { observations(indicator: "VIOLENCES_PHYSIQUES_INTRAFAMILIALES") { period value suppressed } } }',
    );
    await statements(graph, 'mentors(first: 10) with readyToMentor', mentors(10));
    await statements(graph, 'mentors(first: 50) with readyToMentor', mentors(50));
    await statements(
      graph,
      'mentorProfiles(first: 50) with certificates (coordinator)',
      '{ mentorProfiles(first: 50) { edges { node { displayName awarenessTrained certificates { completedOn } } } } }',
      'COORDINATOR',
    );

    console.log(`\nLatency over ${ROUNDS} rounds (gateway, loopback), side by side:`);
    const batched = await time('communes + figures, one federated query', ROUNDS, () => graph.query(communesQuery));
    const { body } = await graph.query<{ communes: { code: string }[] }>(communesQuery);
    const codes = body.data!.communes.map((c) => c.code);
    const oneByOne = await time('the same figures as 36 single-commune queries', Math.max(10, Math.floor(ROUNDS / 10)), () =>
      Promise.all(codes.map((code) => graph.query(`{ commune(code: "${code}") { code name population mentoring { mentorCount } training { trainedCount } } }`))),
    );
    console.log(`  ratio (36 single-commune queries / one federated query): ${(oneByOne / batched).toFixed(1)}x`);
    const m10 = await time('mentors(first: 10) with readyToMentor', ROUNDS, () => graph.query(mentors(10)));
    const m50 = await time('mentors(first: 50) with readyToMentor', ROUNDS, () => graph.query(mentors(50)));
    console.log(`  ratio (50 mentors / 10 mentors): ${(m50 / m10).toFixed(2)}x for 5x the rows`);
  } finally {
    await graph.stop();
    await pg.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

void main();
