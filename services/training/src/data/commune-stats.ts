// Training figures per commune read in one statement (raw); what the public may see of them is decided in training-disclosure.ts.
import type { DataSource } from 'typeorm';
import { KeptByKey, changeFeed } from '@equality-graph/service-kit';
import type { Sector } from './entities';

/** A people count as a reader gets it: null and `suppressed` when withheld (training-disclosure.ts). */
export interface SectorTrainedCount {
  sector: Sector;
  trainedCount: number | null;
  suppressed: boolean;
}

export interface CommuneTrainingStats {
  communeCode: string;
  sessionCount: number;
  trainedCount: number | null;
  suppressed: boolean;
  bySector: SectorTrainedCount[];
}

/** Raw figures of one group (a commune in one year, or over all years): sectors with nobody left out. */
export interface RawFigures {
  sessionCount: number;
  trainedCount: number;
  bySector: Map<Sector, number>;
}

/** A commune's raw figures for every year with a held session, and over all years. */
export interface CommuneFiguresByYear {
  communeCode: string;
  years: Map<number, RawFigures>;
  allYears: RawFigures;
}

/** A commune, and optionally a year (of the session's start, Paris time). */
export interface CommuneYear {
  code: string;
  year: number | null;
}

/**
 * The figures for any number of (commune, year) keys in one statement. A person is counted
 * once per commune however many sessions she attended there (once per sector she declared in
 * `bySector`); an erased participant's rows share one pseudonym (erasure.ts), so she still
 * counts once; a row without any account counts once per enrolment. Raw figures (analysts).
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
    suppressed: false,
    bySector: row.by_sector.map(({ sector, n }) => ({ sector, trainedCount: n, suppressed: false })),
  }));
}

const emptyFigures = (): RawFigures => ({ sessionCount: 0, trainedCount: 0, bySector: new Map() });

/**
 * A commune's raw figures, kept between requests while no write to training_session or enrolment
 * is heard (migration TrainingFiguresNotifications): the same figures objects then come back,
 * and with them the disclosure decision already taken (training-disclosure.ts). Raw figures are
 * the same for every reader; what each reader sees, and the audit of raw reads, is decided per
 * request by the resolvers.
 */
export function communeFiguresByYear(db: DataSource, codes: readonly string[]): Promise<CommuneFiguresByYear[]> {
  let kept = keptFigures.get(db);
  if (!kept) keptFigures.set(db, (kept = new KeptByKey(changeFeed(db, 'training_figures'))));
  return kept.load(codes, (missing) => communeFiguresFromDatabase(db, missing));
}

const keptFigures = new WeakMap<DataSource, KeptByKey<CommuneFiguresByYear>>();

/**
 * Every year's figures and the all-years ones of any number of communes, in one statement
 * (GROUPING SETS over commune, year and sector): what disclosure control needs to protect a
 * year's small counts from the all-years figures and the other years (training-disclosure.ts).
 */
export async function communeFiguresFromDatabase(db: DataSource, codes: readonly string[]): Promise<CommuneFiguresByYear[]> {
  const rows: { kind: 'people' | 'sessions'; commune_code: string; year: number | null; sector: Sector | null; n: number }[] =
    await db.query(
      `WITH held AS (
       SELECT s.id, s.commune_code, extract(year FROM s.starts_at AT TIME ZONE 'Europe/Paris')::int AS year
         FROM training_session s WHERE s.commune_code = ANY($1::text[]) AND s.status = 'completed'
     ), trained AS (
       SELECT h.commune_code, h.year, e.sector, coalesce(e.account_id, e.id::text) AS person
         FROM enrolment e JOIN held h ON h.id = e.session_id WHERE e.attendance = 'full'
     )
     SELECT 'people' AS kind, commune_code, year, sector, count(DISTINCT person)::int AS n FROM trained
      GROUP BY GROUPING SETS ((commune_code, year, sector), (commune_code, year), (commune_code, sector), (commune_code))
     UNION ALL
     SELECT 'sessions', commune_code, year, NULL, count(*)::int FROM held GROUP BY GROUPING SETS ((commune_code, year), (commune_code))`,
      [[...codes]],
    );
  const byCode = new Map(
    codes.map((code) => [code, { communeCode: code, years: new Map<number, RawFigures>(), allYears: emptyFigures() }]),
  );
  for (const row of rows) {
    const commune = byCode.get(row.commune_code);
    if (!commune) continue;
    let group = commune.allYears;
    if (row.year !== null) {
      group = commune.years.get(row.year) ?? emptyFigures();
      commune.years.set(row.year, group);
    }
    if (row.kind === 'sessions') group.sessionCount = row.n;
    else if (row.sector === null) group.trainedCount = row.n;
    else group.bySector.set(row.sector, row.n);
  }
  return codes.map((code) => byCode.get(code) ?? { communeCode: code, years: new Map(), allYears: emptyFigures() });
}
