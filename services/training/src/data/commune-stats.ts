import type { DataSource } from 'typeorm';

export interface CommuneTrainingStats {
  communeCode: string;
  sessionCount: number;
  trainedCount: number;
}

/**
 * Both counts for any number of communes in one statement. A person is counted once per
 * commune however many sessions she attended there; erased participants (no account) count
 * once per enrolment, since nothing links their rows any more.
 */
export async function trainingStatsByCommune(db: DataSource, codes: readonly string[]): Promise<CommuneTrainingStats[]> {
  const rows: { code: string; sessions: string; trained: string }[] = await db.query(
    `SELECT c.code,
            (SELECT count(*) FROM training_session s WHERE s.commune_code = c.code AND s.status = 'completed') AS sessions,
            (SELECT count(DISTINCT coalesce(e.account_id, e.id::text))
               FROM enrolment e JOIN training_session s ON s.id = e.session_id
              WHERE s.commune_code = c.code AND s.status = 'completed' AND e.attendance = 'full') AS trained
       FROM unnest($1::text[]) AS c(code)`,
    [[...codes]],
  );
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return codes.map((code) => ({
    communeCode: code,
    sessionCount: Number(byCode.get(code)?.sessions ?? 0),
    trainedCount: Number(byCode.get(code)?.trained ?? 0),
  }));
}
