import type { DataSource } from 'typeorm';
import type { Sector } from './entities';

export interface SectorTrainedCount {
  sector: Sector;
  trainedCount: number;
}

export interface CommuneTrainingStats {
  communeCode: string;
  sessionCount: number;
  trainedCount: number;
  bySector: SectorTrainedCount[];
}

/** A commune, and optionally a year (of the session's start, Paris time). */
export interface CommuneYear {
  code: string;
  year: number | null;
}

/**
 * The figures for any number of (commune, year) keys in one statement. A person is counted
 * once per commune however many sessions she attended there (once per sector she declared in
 * `bySector`); erased participants (no account) count once per enrolment, since nothing links
 * their rows any more.
 */
export async function trainingStatsByCommune(db: DataSource, keys: readonly CommuneYear[]): Promise<CommuneTrainingStats[]> {
  const rows: { i: string; sessions: number; trained: number; by_sector: { sector: Sector; n: number }[] }[] = await db.query(
    `SELECT k.i, f.sessions, f.trained, f.by_sector
       FROM unnest($1::text[], $2::int[]) WITH ORDINALITY AS k(code, year, i)
       CROSS JOIN LATERAL (
         WITH held AS (
           SELECT s.id FROM training_session s
            WHERE s.commune_code = k.code AND s.status = 'completed'
              AND (k.year IS NULL OR (s.starts_at >= make_timestamptz(k.year, 1, 1, 0, 0, 0, 'Europe/Paris')
                                  AND s.starts_at < make_timestamptz(k.year + 1, 1, 1, 0, 0, 0, 'Europe/Paris')))
         ), trained AS (
           SELECT e.sector, coalesce(e.account_id, e.id::text) AS person
             FROM enrolment e JOIN held h ON h.id = e.session_id
            WHERE e.attendance = 'full'
         )
         SELECT (SELECT count(*)::int FROM held) AS sessions,
                (SELECT count(DISTINCT person)::int FROM trained) AS trained,
                (SELECT coalesce(json_agg(json_build_object('sector', sector, 'n', n) ORDER BY sector), '[]'::json)
                   FROM (SELECT sector, count(DISTINCT person)::int AS n FROM trained GROUP BY sector) x) AS by_sector
       ) f
      ORDER BY k.i`,
    [keys.map((k) => k.code), keys.map((k) => k.year)],
  );
  return rows.map((row, index) => ({
    communeCode: keys[index].code,
    sessionCount: row.sessions,
    trainedCount: row.trained,
    bySector: row.by_sector.map(({ sector, n }) => ({ sector, trainedCount: n })),
  }));
}
