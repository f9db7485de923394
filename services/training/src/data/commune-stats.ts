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
 * Every year's figures and the all-years ones of any number of communes, in one statement: what
 * disclosure control needs to protect a year's small counts from the all-years figures and the
 * other years (training-disclosure.ts). PostgreSQL sends each fully attended enrolment as
 * (commune, year, sector, person) (one hash join) and the held sessions per (commune, year); the
 * four distinct counts are made here, in sets. GROUPING SETS with count(DISTINCT) sorted every row
 * four times after a nested loop per session: 6-7 ms on demo data (bench/explain.md).
 */
export async function communeFiguresFromDatabase(db: DataSource, codes: readonly string[]): Promise<CommuneFiguresByYear[]> {
  const rows: { kind: 'person' | 'sessions'; commune_code: string; year: number; sector: Sector | null; person: string }[] = await db.query(
    // The year is computed once per held session (materialized), not once per enrolment row.
    `WITH held AS MATERIALIZED (
       SELECT s.id, s.commune_code, extract(year FROM s.starts_at AT TIME ZONE 'Europe/Paris')::int AS year
         FROM training_session s WHERE s.commune_code = ANY($1::text[]) AND s.status = 'completed'
     )
     SELECT 'person' AS kind, h.commune_code, h.year, e.sector, coalesce(e.account_id, e.id::text) AS person
       FROM held h JOIN enrolment e ON e.session_id = h.id WHERE e.attendance = 'full'
     UNION ALL
     SELECT 'sessions', commune_code, year, NULL, count(*)::text FROM held GROUP BY 2, 3`,
    [[...codes]],
  );
  /** Distinct people per group, and per (group, sector): a person counts once per group, once per sector she declared. */
  interface People {
    all: Set<string>;
    bySector: Map<Sector, Set<string>>;
  }
  const people = new Map<RawFigures, People>();
  const add = (group: RawFigures, sector: Sector, person: string) => {
    let p = people.get(group);
    if (!p) people.set(group, (p = { all: new Set(), bySector: new Map() }));
    p.all.add(person);
    let inSector = p.bySector.get(sector);
    if (!inSector) p.bySector.set(sector, (inSector = new Set()));
    inSector.add(person);
  };
  const byCode = new Map(
    codes.map((code) => [code, { communeCode: code, years: new Map<number, RawFigures>(), allYears: emptyFigures() }]),
  );
  for (const row of rows) {
    const commune = byCode.get(row.commune_code);
    if (!commune) continue;
    let year = commune.years.get(row.year);
    if (!year) commune.years.set(row.year, (year = emptyFigures()));
    if (row.kind === 'sessions') {
      year.sessionCount += Number(row.person);
      commune.allYears.sessionCount += Number(row.person);
    } else if (row.sector !== null) {
      add(year, row.sector, row.person);
      add(commune.allYears, row.sector, row.person);
    }
  }
  for (const [group, p] of people) {
    group.trainedCount = p.all.size;
    for (const [sector, persons] of p.bySector) group.bySector.set(sector, persons.size);
  }
  return codes.map((code) => byCode.get(code) ?? { communeCode: code, years: new Map(), allYears: emptyFigures() });
}
