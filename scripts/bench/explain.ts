// EXPLAIN ANALYZE of the hot statements behind `_entities` for the 36 communes (mentoring's and
// training's commune figures), as the services send them: the statements are captured from the
// services' own data functions, then explained on the bench's demo databases.
import { Client } from 'pg';
import { mentoringStatsFromDatabase } from '../../services/mentoring/src/data/commune-stats';
import { communeFiguresFromDatabase } from '../../services/training/src/data/commune-stats';
import { median } from './load';

/** The services' TypeORM data source, as their data functions take it (the root has no typeorm of its own). */
type DataSource = Parameters<typeof mentoringStatsFromDatabase>[0];

export interface ExplainedStatement {
  label: string;
  planningMs: number;
  executionMs: number;
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
  statement: { sql: string; params: unknown[] },
  runs = 7,
): Promise<ExplainedStatement> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const planning: number[] = [];
    const execution: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.params);
      const [plan] = rows[0]['QUERY PLAN'] as { 'Planning Time': number; 'Execution Time': number }[];
      planning.push(plan['Planning Time']);
      execution.push(plan['Execution Time']);
    }
    return { label, planningMs: median(planning), executionMs: median(execution) };
  } finally {
    await client.end();
  }
}

export async function explainHotStatements(databases: Record<string, string>, codes: string[]): Promise<ExplainedStatement[]> {
  const out: ExplainedStatement[] = [];
  for (const [i, s] of (await captured((db) => mentoringStatsFromDatabase(db, codes))).entries()) {
    out.push(await explain(databases.mentoring, `mentoring: commune figures x${codes.length} (#${i + 1})`, s));
  }
  for (const [i, s] of (await captured((db) => communeFiguresFromDatabase(db, codes))).entries()) {
    out.push(await explain(databases.training, `training: commune figures x${codes.length} (#${i + 1})`, s));
  }
  return out;
}
