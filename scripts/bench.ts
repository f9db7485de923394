/**
 * pnpm bench: figures for the federated communes query, measured side by side in one run on
 * an embedded PostgreSQL with the demo data. Prints SQL statements per subgraph (from each
 * /metrics) and latencies; no assertion (machines here are shared and noisy).
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedServer } from '@equality-graph/dev-database';
import { readCounter } from '@equality-graph/testing';
import { startTestGraph } from '../gateway/test/graph';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(label: string, rounds: number, run: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  console.log(`${label.padEnd(58)} p50 ${percentile(samples, 50).toFixed(2)} ms  p95 ${percentile(samples, 95).toFixed(2)} ms  mean ${mean.toFixed(2)} ms`);
  return mean;
}

async function main(): Promise<void> {
  const parent = mkdtempSync(path.join(tmpdir(), 'equality-graph-bench-'));
  chmodSync(parent, 0o755);
  const pg = await startEmbeddedServer({ dataDir: path.join(parent, 'pg'), port: 0, ephemeral: true, fast: true });
  process.env.TEST_PG_ADMIN_URL = pg.adminUrl;
  const graph = await startTestGraph({ seedDemoData: true });
  try {
    const communesQuery = '{ communes { code name population mentoring { mentorCount } training { trainedCount } } }';
    const subgraphs = Object.entries(graph.subgraphs);
    const before = await Promise.all(subgraphs.map(([, s]) => readCounter(s.metricsUrl, 'db_statements_total')));
    const { body } = await graph.query<{ communes: unknown[] }>(communesQuery);
    const after = await Promise.all(subgraphs.map(([, s]) => readCounter(s.metricsUrl, 'db_statements_total')));
    console.log(`communes query: ${body.data?.communes.length} communes; SQL statements per subgraph (db_statements_total delta):`);
    subgraphs.forEach(([name], i) => console.log(`  ${name.padEnd(12)} ${after[i] - before[i]}`));

    console.log(`\nlatency over ${ROUNDS} rounds (gateway, loopback):`);
    const batched = await time('communes + mentoring + training, one query', ROUNDS, () => graph.query(communesQuery));
    const codes = (body.data!.communes as { code: string }[]).map((c) => c.code);
    const oneByOne = await time('the same figures as 36 single-commune queries', Math.max(10, Math.floor(ROUNDS / 10)), () =>
      Promise.all(codes.map((code) => graph.query(`{ commune(code: "${code}") { code name population mentoring { mentorCount } training { trainedCount } } }`))),
    );
    console.log(`ratio (36 single-commune queries / one federated query): ${(oneByOne / batched).toFixed(1)}x`);
  } finally {
    await graph.stop();
    await pg.stop();
    rmSync(parent, { recursive: true, force: true });
  }
}

void main();
