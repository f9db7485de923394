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
    `SELECT c.code,
            (SELECT count(*) FROM mentor m WHERE m.commune_code = c.code AND m.status = 'approved') AS mentors,
            (SELECT count(*) FROM mentee e WHERE e.commune_code = c.code AND e.status IN ('applied', 'accepted', 'matched')) AS mentees,
            (SELECT count(*) FROM mentorship s JOIN mentee e ON e.id = s.mentee_id
              WHERE e.commune_code = c.code AND s.status = 'active') AS active
       FROM unnest($1::text[]) AS c(code)`,
    [[...codes]],
  );
  return byKeys(codes, rows, (r) => r.code).map((row, i) => ({
    communeCode: codes[i],
    mentorCount: Number(row?.mentors ?? 0),
    menteeCount: Number(row?.mentees ?? 0),
    activeMatchCount: Number(row?.active ?? 0),
  }));
}
