// The programme's counts per commune (Commune.mentoring), batched for the commune loader.
import type { DataSource } from 'typeorm';
import { KeptByKey, byKeys, changeFeed } from '@equality-graph/service-kit';

export interface CommuneMentoringStats {
  communeCode: string;
  mentorCount: number;
  menteeCount: number;
  activeMatchCount: number;
}

/**
 * The counts of any number of communes, kept between requests while no write to mentor, mentee
 * or mentorship is heard (migration MentoringFiguresNotifications): the communes overview asks
 * for the same 36 on every request. Counts, not people: the same for every reader; who may see
 * the two small ones is decided (and audited) by the resolvers, on every request.
 */
export function mentoringStatsByCommune(db: DataSource, codes: readonly string[]): Promise<CommuneMentoringStats[]> {
  let kept = keptStats.get(db);
  if (!kept) keptStats.set(db, (kept = new KeptByKey(changeFeed(db, 'mentoring_figures'))));
  return kept.load(codes, (missing) => mentoringStatsFromDatabase(db, missing));
}

const keptStats = new WeakMap<DataSource, KeptByKey<CommuneMentoringStats>>();

/** The three counts for any number of communes in one statement (the entity path batches). */
export async function mentoringStatsFromDatabase(db: DataSource, codes: readonly string[]): Promise<CommuneMentoringStats[]> {
  const rows: { code: string; mentors: string; mentees: string; active: string }[] = await db.query(
    // Three grouped counts joined to the codes, not three subqueries per commune: the active
    // matches' subquery ran once per commune over every active mentorship (10 ms on demo data);
    // grouped, each table is read once (under 1 ms, bench/explain.md).
    `SELECT c.code, coalesce(m.n, 0) AS mentors, coalesce(e.n, 0) AS mentees, coalesce(a.n, 0) AS active
       FROM unnest($1::text[]) AS c(code)
       LEFT JOIN (SELECT commune_code, count(*) AS n FROM mentor
                   WHERE commune_code = ANY($1::text[]) AND status = 'approved' GROUP BY commune_code) m ON m.commune_code = c.code
       LEFT JOIN (SELECT commune_code, count(*) AS n FROM mentee
                   WHERE commune_code = ANY($1::text[]) AND status IN ('applied', 'accepted', 'matched') GROUP BY commune_code) e
              ON e.commune_code = c.code
       LEFT JOIN (SELECT e.commune_code, count(*) AS n FROM mentorship s JOIN mentee e ON e.id = s.mentee_id
                   WHERE s.status = 'active' AND e.commune_code = ANY($1::text[]) GROUP BY e.commune_code) a ON a.commune_code = c.code`,
    [[...codes]],
  );
  return byKeys(codes, rows, (r) => r.code).map((row, i) => ({
    communeCode: codes[i],
    mentorCount: Number(row?.mentors ?? 0),
    menteeCount: Number(row?.mentees ?? 0),
    activeMatchCount: Number(row?.active ?? 0),
  }));
}
