/**
 * pnpm bench: this gateway against stock @apollo/gateway, side by side in one run, on the same
 * subgraphs and demo data (issue 12). One embedded PostgreSQL, the three subgraphs as child
 * processes (production mode), then three gateways as child processes over them: stock
 * (@apollo/gateway + @apollo/server standalone, no limits), this gateway in production mode with
 * every protection on (rate limiter on, with a limit the bench does not reach) and the same with
 * its answer cache off. autocannon on loopback; each figure is the median of BENCH_RUNS runs,
 * alternating the gateways; only complete answers count (HTTP 200, no error, every item).
 * Prints a table and writes bench/results/<timestamp>.json. Figures are printed, never asserted.
 *
 * BENCH_DURATION_SECONDS (3), BENCH_RUNS (5), BENCH_CONNECTIONS (20), BENCH_WARMUP_SECONDS (2),
 * BENCH_SHAPES (ids, comma-separated: list,overview,analyst,mentors50,deep,mixed; `none` measures
 * only the direct calls and the statements), BENCH_CPU_PROF
 * (a folder: gateways and subgraphs write --cpu-prof profiles there), BENCH_IMPORT=false (skip
 * the import bench, scripts/bench-import.ts, run last when present).
 * `pnpm bench --explain` only explains the hot statements and writes bench/explain.md.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { ANONYMOUS, generateInternalKeyPair, parsePrivateKey, signInternalToken } from '@equality-graph/auth';
import { freePort, provisionServiceDatabase, startEmbeddedServer } from '@equality-graph/dev-database';
import { postGraphql } from '@equality-graph/testing';
import { BENCH_AUDIENCE, BENCH_ISSUER, startIdentityProvider } from './bench/client-tokens';
import { explainHotStatements, explainMarkdown } from './bench/explain';
import { counter } from './bench/metrics';
import { median, runLoad, type LoadRequest, type LoadResult, type LoadSettings } from './bench/load';
import { startChild, type Child } from './bench/processes';
import { SHAPES, answerIsComplete, mixedRequests, occurrences, type Shape } from './bench/shapes';
import { statementCounts } from './bench/statements';
import { STATEMENT_TIMING_SETTINGS, describeStatementTimes, timeShapeStatements } from './bench/statement-times';
import { ROOT, SUBGRAPHS, SUPERGRAPH_PATH } from './lib/subgraphs';

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};
const LOAD: LoadSettings = { connections: number('BENCH_CONNECTIONS', 20), durationSeconds: number('BENCH_DURATION_SECONDS', 3) };
const RUNS = number('BENCH_RUNS', 5);
const WARMUP: LoadSettings = { ...LOAD, durationSeconds: number('BENCH_WARMUP_SECONDS', 2) };
const ONLY = process.env.BENCH_SHAPES?.split(',').map((s) => s.trim());
/** Pause after each run, at least; longer after a run whose slowest answers took longer (see measure). */
const DRAIN_MS = 500;
const MAX_DRAIN_MS = 5_000;
const EXPLAIN_ONLY = process.argv.includes('--explain');
const CPU_PROF = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : undefined;

interface Target {
  name: 'stock' | 'ours' | 'ours-no-cache';
  url: string;
  child: Child;
  metricsUrl?: string;
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  incomplete: number;
}

const summary = (runs: LoadResult[]): Figures => ({
  rps: Math.round(median(runs.map((r) => r.rps))),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  incomplete: runs.reduce((n, r) => n + r.incomplete, 0),
});

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const cpuProf = (name: string) => (CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.join(CPU_PROF, name)}`] : []);

async function main(): Promise<void> {
  const started = new Date();
  const uptimeAtStart = loadavg();
  const parent = mkdtempSync(path.join(tmpdir(), 'equality-graph-bench-'));
  chmodSync(parent, 0o755);
  const pg = await startEmbeddedServer({
    dataDir: path.join(parent, 'pg'),
    port: 0,
    ephemeral: true,
    fast: true,
    settings: STATEMENT_TIMING_SETTINGS,
  });
  const keys = generateInternalKeyPair();
  const signingKey = parsePrivateKey(keys.privateKeyPem);
  const idp = await startIdentityProvider();
  const children: Child[] = [];
  try {
    console.log('Starting the three subgraphs (production mode, demo data)...');
    const subgraphs = await Promise.all(
      SUBGRAPHS.map(async (s) => {
        const [port, metricsPort] = [await freePort(), await freePort()];
        const databaseUrl = await provisionServiceDatabase(pg.adminUrl, { database: s.name, user: s.name, password: `bench-${s.name}` });
        const child = await startChild(
          s.name,
          path.join('services', s.name, 'src', 'index.ts'),
          {
            NODE_ENV: 'production',
            HOST: '127.0.0.1',
            PORT: String(port),
            METRICS_PORT: String(metricsPort),
            DATABASE_URL: databaseUrl,
            INTERNAL_JWT_PUBLIC_KEY: keys.publicKeyPem,
            RUN_MIGRATIONS: 'true',
            SEED_DEMO_DATA: 'true',
          },
          `http://127.0.0.1:${port}/health/ready`,
          cpuProf(s.name),
        );
        children.push(child);
        return {
          name: s.name,
          url: `http://127.0.0.1:${port}/graphql`,
          metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
          databaseUrl,
        };
      }),
    );
    const subgraphUrls = subgraphs.map((s) => `${s.name}=${s.url}`).join(',');
    const oidc = { AUTH_MODE: 'oidc', OIDC_ISSUER: BENCH_ISSUER, OIDC_AUDIENCE: BENCH_AUDIENCE, OIDC_JWKS_URL: idp.jwksUrl };

    console.log('Starting the gateways (stock; this one in production mode, answer cache on and off)...');
    const stockPort = await freePort();
    const stock: Target = {
      name: 'stock',
      url: `http://127.0.0.1:${stockPort}/graphql`,
      child: await startChild(
        'stock gateway',
        path.join('scripts', 'bench', 'stock-gateway.ts'),
        { ...oidc, PORT: String(stockPort), SUPERGRAPH_PATH, SUBGRAPH_URLS: subgraphUrls, INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem },
        `http://127.0.0.1:${stockPort}/graphql?query=%7B__typename%7D`,
        cpuProf('stock'),
      ),
    };
    children.push(stock.child);
    const ours = async (name: Target['name'], env: Record<string, string>): Promise<Target> => {
      const [port, metricsPort] = [await freePort(), await freePort()];
      const child = await startChild(
        name,
        path.join('gateway', 'src', 'index.ts'),
        {
          ...oidc,
          NODE_ENV: 'production',
          HOST: '127.0.0.1',
          PORT: String(port),
          METRICS_PORT: String(metricsPort),
          SUPERGRAPH_PATH,
          SUBGRAPH_URLS: subgraphUrls,
          INTERNAL_JWT_PRIVATE_KEY: keys.privateKeyPem,
          // On, and far above what the bench sends from its one address in a window.
          RATE_LIMIT_MAX: '1000000',
          RATE_LIMIT_WINDOW_MS: '60000',
          PERSISTED_OPERATIONS_DIR: path.join(ROOT, 'schema', 'operations'),
          ...env,
        },
        `http://127.0.0.1:${port}/health/ready`,
        cpuProf(name),
      );
      children.push(child);
      return { name, url: `http://127.0.0.1:${port}/graphql`, child, metricsUrl: `http://127.0.0.1:${metricsPort}/metrics` };
    };
    const ourGateway = await ours('ours', {});
    const noCache = await ours('ours-no-cache', { RESPONSE_CACHE_TTL_SECONDS: '0' });
    const gateways = [stock, ourGateway, noCache];

    const tokenFor = (shape: Pick<Shape, 'role'>) => (shape.role ? idp.tokenFor(shape.role) : undefined);
    const headersFor = (shape: Pick<Shape, 'role'>): Record<string, string> => {
      const token = tokenFor(shape);
      return token ? { authorization: `Bearer ${token}` } : {};
    };
    const shapes = SHAPES.filter((s) => !ONLY || ONLY.includes(s.id));

    // Every shape answers completely on every gateway before anything is measured.
    for (const shape of shapes) {
      for (const target of gateways) {
        const { status, body: answer } = await postGraphql(target.url, shape.query, { token: tokenFor(shape), variables: shape.variables });
        const text = JSON.stringify(answer);
        if (status !== 200 || !answerIsComplete(shape)(text)) {
          throw new Error(
            `${shape.id} on ${target.name}: HTTP ${status}, ${occurrences(text, shape.marker)} of ${shape.expected} items: ${text.slice(0, 400)}`,
          );
        }
      }
    }

    console.log('\nSQL statements per subgraph (db_statements_total delta, one query each, through the gateway without cache):');
    const statements = await statementCounts(noCache.url, subgraphs, shapes, tokenFor);
    for (const s of statements) {
      console.log(
        `  ${s.label.padEnd(52)} ${Object.entries(s.bySubgraph)
          .map(([n, c]) => `${n} ${c}`)
          .join(', ')}`,
      );
    }

    const repeats = 20;
    console.log(`\nEvery statement the shapes sent, timed in PostgreSQL (pg_stat_statements, each shape ${repeats} times, one at a time):`);
    const timed = await timeShapeStatements(pg.adminUrl, subgraphs.map((s) => s.name), noCache.url, shapes, tokenFor, repeats);
    const timing = describeStatementTimes(timed);
    for (const line of timing.lines) console.log(line);

    const codes =
      (await postGraphql<{ communes: { code: string }[] }>(noCache.url, '{ communes { code } }')).body.data?.communes.map((c) => c.code) ??
      [];
    if (EXPLAIN_ONLY) {
      const explained = await explainHotStatements(Object.fromEntries(subgraphs.map((s) => [s.name, s.databaseUrl])), codes);
      const load = loadavg().map((l) => l.toFixed(2));
      const machine = `${cpus().length} x ${cpus()[0]?.model}, Node ${process.version}, load average ${load.join(' ')}`;
      const file = path.join(ROOT, 'bench', 'explain.md');
      writeFileSync(file, `${explainMarkdown(explained, machine, started.toISOString(), timing.markdown)}\n`);
      for (const e of explained)
        console.log(`  ${e.label.padEnd(52)} planning ${e.planningMs.toFixed(2)} ms, execution ${e.executionMs.toFixed(2)} ms`);
      console.log(`Written to ${path.relative(ROOT, file)}`);
      return;
    }
    const subgraph = (name: string) => {
      const found = subgraphs.find((s) => s.name === name);
      if (!found) throw new Error(`no subgraph ${name}`);
      return found;
    };
    // Direct calls carry a fresh internal token each run (subgraphs accept at most 20 s of life).
    const direct = async (name: string, request: Omit<LoadRequest, 'headers'>, check: (b: string) => boolean) => {
      const runs: LoadResult[] = [];
      for (let i = 0; i < RUNS; i++) {
        const token = await signInternalToken(ANONYMOUS, signingKey, {
          subgraph: name,
          requestId: `bench-direct-${i}`,
          expiresAt: Date.now() + 20_000,
        });
        runs.push(await runLoad(subgraph(name).url, [{ ...request, headers: { authorization: `Bearer ${token}` } }], check, LOAD));
      }
      return summary(runs);
    };
    const entities = (fields: string) =>
      body(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { ${fields} } } }`, {
        r: codes.map((code) => ({ __typename: 'Commune', code })),
      });
    console.log(`\nDirect subgraph calls (${RUNS} runs x ${LOAD.durationSeconds} s, ${LOAD.connections} connections):`);
    const directFigures: Record<string, Figures> = {};
    const listShape = SHAPES[0];
    directFigures['observatory: communes list'] = await direct('observatory', { body: body(listShape.query) }, answerIsComplete(listShape));
    directFigures['mentoring: _entities x36 (mentorCount)'] = await direct(
      'mentoring',
      { body: entities('mentoring { mentorCount }') },
      answerIsComplete({ marker: '"mentorCount":', expected: 36 }),
    );
    directFigures['training: _entities x36 (trainedCount, sessionCount)'] = await direct(
      'training',
      { body: entities('training { trainedCount sessionCount }') },
      answerIsComplete({ marker: '"sessionCount":', expected: 36 }),
    );
    for (const [label, f] of Object.entries(directFigures)) {
      console.log(`  ${label.padEnd(52)} ${String(f.rps).padStart(6)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms`);
    }
    console.log('\nHot statements in PostgreSQL (EXPLAIN ANALYZE, median of 7, demo data):');
    const explained = await explainHotStatements(Object.fromEntries(subgraphs.map((s) => [s.name, s.databaseUrl])), codes);
    for (const e of explained)
      console.log(`  ${e.label.padEnd(52)} planning ${e.planningMs.toFixed(2)} ms, execution ${e.executionMs.toFixed(2)} ms`);

    // Served without subgraph work: from the store, or from an identical request in flight.
    const served = async (url: string) =>
      (await counter(url, 'gateway_response_cache_total', 'result="hit"')) +
      (await counter(url, 'gateway_response_cache_total', 'result="shared"'));
    const hits = async () => (ourGateway.metricsUrl ? served(ourGateway.metricsUrl) : 0);
    const lookups = async () =>
      ourGateway.metricsUrl ? (await hits()) + (await counter(ourGateway.metricsUrl, 'gateway_response_cache_total', 'result="miss"')) : 0;
    interface Row {
      id: string;
      label: string;
      figures: Record<Target['name'], Figures>;
      cacheHitRatio: number | null;
    }
    const rows: Row[] = [];
    const measure = async (id: string, label: string, requests: LoadRequest[], check: (b: string) => boolean) => {
      for (const target of gateways) await runLoad(target.url, requests, check, WARMUP);
      const runs = new Map<Target['name'], LoadResult[]>(gateways.map((g) => [g.name, []]));
      let [hitCount, lookupCount] = [0, 0];
      for (let i = 0; i < RUNS; i++) {
        // The order turns each round (stock first, then ours first, ...): no gateway always runs
        // right after the same other one, whose leftover work would always fall on it.
        for (const target of [...gateways.slice(i % gateways.length), ...gateways.slice(0, i % gateways.length)]) {
          const [h0, l0] = target === ourGateway ? [await hits(), await lookups()] : [0, 0];
          const result = await runLoad(target.url, requests, check, LOAD);
          runs.get(target.name)?.push(result);
          // Work still in flight when the load stops (up to 20 operations queued at the subgraphs,
          // as long as the run's slowest answers) must not slow the next run.
          await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_DRAIN_MS, Math.max(DRAIN_MS, 2 * result.p99))));
          if (target === ourGateway) {
            hitCount += (await hits()) - h0;
            lookupCount += (await lookups()) - l0;
          }
        }
      }
      const figures = Object.fromEntries([...runs].map(([name, r]) => [name, summary(r)])) as Row['figures'];
      const row = { id, label, figures, cacheHitRatio: lookupCount > 0 ? hitCount / lookupCount : null };
      rows.push(row);
      const f = row.figures;
      console.log(
        `  ${label.padEnd(52)} stock ${f.stock.rps} / ours ${f.ours.rps} (${(f.ours.rps / f.stock.rps).toFixed(2)}x) / no cache ${f['ours-no-cache'].rps} (${(f['ours-no-cache'].rps / f.stock.rps).toFixed(2)}x)`,
      );
    };
    console.log(`\nGateways (${RUNS} runs x ${LOAD.durationSeconds} s each, alternating stock / ours / ours without cache):`);
    for (const shape of shapes) {
      await measure(
        shape.id,
        shape.label,
        [{ body: body(shape.query, shape.variables), headers: headersFor(shape) }],
        answerIsComplete(shape),
      );
    }
    if (!ONLY || ONLY.includes('mixed')) {
      const mixed = mixedRequests(codes).map((r) => ({ body: body(r.query, r.variables), headers: headersFor(r) }));
      await measure(
        'mixed',
        'mixed (10 shapes and variables interleaved)',
        mixed,
        (b) => !b.includes('"errors"') && b.startsWith('{"data":{'),
      );
    }

    const rss = Object.fromEntries(children.map((c) => [c.name, c.peakRssMiB()]));
    const table = [
      '| query | direct subgraph | stock req/s (p50/p99 ms) | ours req/s (p50/p99 ms) | ours/stock | ours, cache off | cache off/stock | cache hit ratio |',
      '|---|---|---|---|---|---|---|---|',
      ...rows.map((r) => {
        const { stock: s, ours: o, 'ours-no-cache': n } = r.figures;
        const d =
          r.id === 'list'
            ? `${directFigures['observatory: communes list'].rps} req/s (ours ${Math.round((100 * o.rps) / directFigures['observatory: communes list'].rps)}%)`
            : '-';
        const cell = (f: Figures) => `${f.rps} (${f.p50}/${f.p99})${f.incomplete ? `, ${f.incomplete} incomplete` : ''}`;
        return `| ${r.label} | ${d} | ${cell(s)} | ${cell(o)} | ${(o.rps / s.rps).toFixed(2)}x | ${cell(n)} | ${(n.rps / s.rps).toFixed(2)}x | ${r.cacheHitRatio === null ? '-' : `${(100 * r.cacheHitRatio).toFixed(1)}%`} |`;
      }),
    ].join('\n');
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      loadAverageAtStart: uptimeAtStart.map((l) => l.toFixed(2)),
      loadAverageAtEnd: loadavg().map((l) => l.toFixed(2)),
    };
    console.log(`\n${table}\n`);
    console.log(
      `Peak RSS (MiB): ${Object.entries(rss)
        .map(([n, v]) => `${n} ${v ?? '?'}`)
        .join(', ')}`,
    );
    console.log(
      `Machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAtEnd.join(' ')} at end`,
    );

    const resultsDir = path.join(ROOT, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `${started.toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ startedAt: started.toISOString(), settings: { ...LOAD, runs: RUNS, warmupSeconds: WARMUP.durationSeconds }, machine, statements, statementTimes: timed, explained: explained.map(({ plan: _plan, ...e }) => e), direct: directFigures, gateways: rows, peakRssMiB: rss, table }, null, 2)}\n`,
    );
    console.log(`Written to ${path.relative(ROOT, file)}`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    await idp.close();
    await pg.stop();
    rmSync(parent, { recursive: true, force: true });
  }

  // The import bench (observatory imports) lives in its own script when present.
  const importBench = path.join(ROOT, 'scripts', 'bench-import.ts');
  if (existsSync(importBench) && process.env.BENCH_IMPORT !== 'false') {
    console.log('\nscripts/bench-import.ts:');
    await new Promise<void>((resolve) => {
      spawn(process.execPath, ['--import', 'tsx', importBench], { cwd: ROOT, stdio: 'inherit' }).on('exit', () => resolve());
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
