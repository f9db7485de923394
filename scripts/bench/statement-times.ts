// Every SQL statement the bench's shapes make the subgraphs send, timed inside PostgreSQL by
// pg_stat_statements (loaded by the bench's embedded server): the hand-picked EXPLAIN list of
// explain.ts covers the statements we know of, this catches the ones TypeORM writes for us too.
// The shapes run one at a time through the gateway without answer cache, so the times are a
// statement's own, not a queue's under load.
import { postGraphql } from '@equality-graph/testing';
import { Client } from 'pg';
import type { Shape } from './shapes';

/** The server settings that make pg_stat_statements collect (planning included). */
export const STATEMENT_TIMING_SETTINGS = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track_planning': 'on',
  'pg_stat_statements.max': '5000',
};

export interface TimedStatement {
  database: string;
  /** Normalised text ($1, $2 for constants), shortened. */
  statement: string;
  calls: number;
  meanExecMs: number;
  maxExecMs: number;
  meanPlanMs: number;
}

const SHORT = 160;

export async function timeShapeStatements(
  adminUrl: string,
  databases: string[],
  gatewayUrl: string,
  shapes: Pick<Shape, 'label' | 'query' | 'variables' | 'role'>[],
  tokenFor: (shape: Pick<Shape, 'role'>) => string | undefined,
  repeats = 20,
): Promise<TimedStatement[]> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await admin.query('SELECT pg_stat_statements_reset()');
    for (let i = 0; i < repeats; i++) {
      for (const shape of shapes) {
        const { body } = await postGraphql(gatewayUrl, shape.query, { token: tokenFor(shape), variables: shape.variables });
        if (body.errors) throw new Error(`${shape.label}: ${JSON.stringify(body.errors)}`);
      }
    }
    const { rows } = await admin.query<{
      database: string;
      query: string;
      calls: string;
      mean_exec_time: number;
      max_exec_time: number;
      mean_plan_time: number;
    }>(
      `SELECT d.datname AS database, s.query, s.calls, s.mean_exec_time, s.max_exec_time, s.mean_plan_time
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
        WHERE d.datname = ANY($1) AND s.calls > 0
        ORDER BY s.mean_exec_time DESC`,
      [databases],
    );
    return rows.map((r) => ({
      database: r.database,
      statement: r.query.replace(/\s+/g, ' ').trim().slice(0, SHORT),
      calls: Number(r.calls),
      meanExecMs: r.mean_exec_time,
      maxExecMs: r.max_exec_time,
      meanPlanMs: r.mean_plan_time,
    }));
  } finally {
    await admin.end();
  }
}

/** The slowest statements as printed lines, and every one as markdown rows. */
export function describeStatementTimes(timed: TimedStatement[], top = 10): { lines: string[]; markdown: string[] } {
  const slowest = timed.slice(0, top);
  const fmt = (n: number) => n.toFixed(2);
  return {
    lines: [
      `  ${timed.length} distinct statements; slowest mean execution ${fmt(timed[0]?.meanExecMs ?? 0)} ms, slowest single run ${fmt(Math.max(0, ...timed.map((t) => t.maxExecMs)))} ms`,
      ...slowest.map(
        (t) =>
          `  ${t.database.padEnd(12)} ${String(t.calls).padStart(5)} calls  exec ${fmt(t.meanExecMs)} ms (max ${fmt(t.maxExecMs)})  plan ${fmt(t.meanPlanMs)} ms  ${t.statement.slice(0, 70)}`,
      ),
    ],
    markdown: [
      '| database | calls | mean execution ms | max execution ms | mean planning ms | statement (normalised, shortened) |',
      '|---|---|---|---|---|---|',
      ...timed.map(
        (t) =>
          `| ${t.database} | ${t.calls} | ${fmt(t.meanExecMs)} | ${fmt(t.maxExecMs)} | ${fmt(t.meanPlanMs)} | \`${t.statement.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`,
      ),
    ],
  };
}
