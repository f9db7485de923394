// A year's training figures for analysts (TrainingStats): department totals and every commune's
// raw figures, read with statistics:raw only, so nothing is withheld here.
import type { DataSource } from 'typeorm';
import { COMMUNES } from '@equality-graph/territory';
import { trainingStatsByCommune, type CommuneTrainingStats, type SectorTrainedCount } from './commune-stats';
import type { Sector } from './entities';

export interface YearTrainingStats {
  year: number;
  sessionCount: number;
  trainedCount: number;
  bySector: SectorTrainedCount[];
  byCommune: CommuneTrainingStats[];
}

/** The department's totals for a year (two statements), with every commune's figures. */
export async function trainingStatsForYear(db: DataSource, year: number): Promise<YearTrainingStats> {
  const [[totals], byCommune] = await Promise.all([
    db.query(
      `WITH held AS (
         SELECT id FROM training_session
          WHERE status = 'completed'
            AND starts_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Europe/Paris')
            AND starts_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Europe/Paris')
       ), trained AS (
         SELECT e.sector, coalesce(e.account_id, e.id::text) AS person
           FROM enrolment e JOIN held h ON h.id = e.session_id WHERE e.attendance = 'full'
       )
       SELECT (SELECT count(*)::int FROM held) AS sessions,
              (SELECT count(DISTINCT person)::int FROM trained) AS trained,
              (SELECT coalesce(json_agg(json_build_object('sector', sector, 'n', n) ORDER BY sector), '[]'::json)
                 FROM (SELECT sector, count(DISTINCT person)::int AS n FROM trained GROUP BY sector) x) AS by_sector`,
      [year],
    ) as Promise<{ sessions: number; trained: number; by_sector: { sector: Sector; n: number }[] }[]>,
    trainingStatsByCommune(
      db,
      COMMUNES.map(({ code }) => ({ code, year })),
    ),
  ]);
  return {
    year,
    sessionCount: totals.sessions,
    trainedCount: totals.trained,
    bySector: totals.by_sector.map(({ sector, n }) => ({ sector, trainedCount: n, suppressed: false })),
    byCommune,
  };
}
