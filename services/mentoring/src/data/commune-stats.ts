// The programme's counts per commune (Commune.mentoring), batched for the commune loader.
import type { DataSource } from 'typeorm';
import { byKeys } from '@equality-graph/service-kit';

export interface CommuneMentoringStats {
  communeCode: string;
  mentorCount: number;
  menteeCount: number;
  activeMatchCount: number;
}

/** The three counts for any number of communes in one statement (the entity path batches). */
export async function mentoringStatsByCommune(db: DataSource, codes: readonly string[]): Promise<CommuneMentoringStats[]> {
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
