// EXPLAIN ANALYZE of the hot statements behind `_entities` for the 36 communes (mentoring's and
// training's commune figures), behind the analyst breakdown and behind trainingStats(year), as the
// services send them: the statements are captured from the services' own data functions, then
// explained on the bench's demo databases. `pnpm bench --explain` writes them to bench/explain.md.
import { Client } from 'pg';
import { mentoringStatsFromDatabase } from '../../services/mentoring/src/data/commune-stats';
import { communeFiguresFromDatabase, trainingStatsByCommune } from '../../services/training/src/data/commune-stats';
import { COMMUNES_WITH_PERIOD_POPULATION } from '../../services/observatory/src/data/department-total';
import { SELECT_ROWS, visibility } from '../../services/observatory/src/data/observation-rows';
import { median } from './load';

/** The services' TypeORM data source, as their data functions take it (the root has no typeorm of its own). */
type DataSource = Parameters<typeof mentoringStatsFromDatabase>[0];

export interface ExplainedStatement {
  label: string;
  /** Where the statement runs: on every request, or once per write (kept figures). */
  when: string;
  planningMs: number;
  executionMs: number;
  /** Buffers of the last run, and its plan (EXPLAIN ANALYZE, BUFFERS, text). */
  plan: string;
}

/** The statements a data function sends, without running them. */
async function captured(run: (db: DataSource) => Promise<unknown>): Promise<{ sql: string; params: unknown[] }[]> {
  const statements: { sql: string; params: unknown[] }[] = [];
  const recorder = {
    query: async (sql: string, params: unknown[] = []) => {
      statements.push({ sql, params });
      return [];
    },
  };
  await run(recorder as unknown as DataSource);
  return statements;
}

async function explain(
  databaseUrl: string,
  label: string,
  when: string,
  statement: { sql: string; params: unknown[] },
  runs = 7,
): Promise<ExplainedStatement> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The plans a running service gets: autovacuum analyzes the tables within a minute of the demo
    // data's insertion, and the bench explains sooner; without statistics every estimate is one row
    // and the planner picks a nested loop per session where a hash join is right.
    await client.query('ANALYZE');
    const planning: number[] = [];
    const execution: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
      const [plan] = rows[0]['QUERY PLAN'] as { 'Planning Time': number; 'Execution Time': number }[];
      planning.push(plan['Planning Time']);
      execution.push(plan['Execution Time']);
    }
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, statement.params);
    const plan = (rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
    return { label, when, planningMs: median(planning), executionMs: median(execution), plan };
  } finally {
    await client.end();
  }
}

export async function explainHotStatements(databases: Record<string, string>, codes: string[]): Promise<ExplainedStatement[]> {
  const out: ExplainedStatement[] = [];
  const kept = 'once per write (kept figures, change feed)';
  for (const [i, s] of (await captured((db) => mentoringStatsFromDatabase(db, codes))).entries()) {
    out.push(await explain(databases.mentoring, `mentoring: commune figures x${codes.length} (#${i + 1})`, kept, s));
  }
  for (const [i, s] of (await captured((db) => communeFiguresFromDatabase(db, codes))).entries()) {
    out.push(await explain(databases.training, `training: commune figures x${codes.length} (#${i + 1})`, kept, s));
  }
  // The analyst breakdown's reads in the observatory (data/breakdown.ts), as an analyst sends them (raw rows).
  const breakdown = 'every analyst breakdown';
  out.push(
    await explain(databases.observatory, 'observatory: communes with period population (2023)', breakdown, {
      sql: COMMUNES_WITH_PERIOD_POPULATION,
      params: ['2023'],
    }),
  );
  out.push(
    await explain(databases.observatory, 'observatory: breakdown rows, raw (2023 and 2022)', breakdown, {
      sql: `${SELECT_ROWS} WHERE o.indicator_code = $1 AND o.period IN ($2, $3) AND ${visibility({ raw: true } as Parameters<typeof visibility>[0])}`,
      params: ['VIOLENCES_PHYSIQUES_INTRAFAMILIALES', '2023', '2022'],
    }),
  );
  const analystKeys = codes.map((code) => ({ code, year: 2023 }));
  for (const [i, s] of (await captured((db) => trainingStatsByCommune(db, analystKeys))).entries()) {
    out.push(
      await explain(databases.training, `training: raw figures x${codes.length}, year 2023 (#${i + 1})`, 'every trainingStats(year) query (analysts)', s),
    );
  }
  return out;
}

/** bench/explain.md: the figures and plans, for the README and the closing note. */
export function explainMarkdown(explained: ExplainedStatement[], machine: string, startedAt: string, everyStatement: string[]): string {
  return [
    '# Hot statements in PostgreSQL (EXPLAIN ANALYZE, demo data)',
    '',
    `Written by \`pnpm bench --explain\` (scripts/bench/explain.ts) on ${startedAt}; ${machine}.`,
    'Median of 7 runs per statement, after ANALYZE (as autovacuum leaves the demo data); the plan is the last run, with BUFFERS.',
    '',
    '| statement | runs | planning ms | execution ms |',
    '|---|---|---|---|',
    ...explained.map((e) => `| ${e.label} | ${e.when} | ${e.planningMs.toFixed(2)} | ${e.executionMs.toFixed(2)} |`),
    '',
    '## Every statement the shapes sent, slowest first (pg_stat_statements)',
    '',
    'Each bench shape 20 times, one at a time, through this gateway without answer cache; times measured inside PostgreSQL.',
    '',
    ...everyStatement,
    '',
    ...explained.flatMap((e) => [`## ${e.label}`, '', '```', e.plan, '```', '']),
  ].join('\n');
}
