// Rows and identities the mentoring tests share: inserted by SQL with readable ids, so each test
// states its own situation.
import type { DataSource } from 'typeorm';
import { identity } from '@equality-graph/testing';
import type { Role } from '@equality-graph/auth';

/** Small, explicit rows for the tests (ids are readable on purpose). */
export const id = (kind: 'a' | 'b' | 'c' | 'd', n: number) => `00000000-0000-4000-${kind}000-${String(n).padStart(12, '0')}`;

export interface MentorFixture {
  n: number;
  account?: string | null;
  commune?: string;
  status?: 'pending' | 'approved' | 'suspended';
  capacity?: number;
  published?: boolean;
  expertise?: string[];
  languages?: string[];
  formats?: string[];
}

export async function insertMentor(db: DataSource, m: MentorFixture): Promise<string> {
  await db.query(
    `INSERT INTO mentor (id, account_id, display_name, headline, commune_code, status, capacity, published, expertise, languages, formats, email, phone)
     VALUES ($1, $2, $3, 'Headline', $4, $5, $6, $7, $8, $9, $10, $11, '+33 1 00 00 00 00')`,
    [
      id('a', m.n),
      m.account === undefined ? `mentor-${m.n}` : m.account,
      `Mentor ${m.n}`,
      m.commune ?? '92050',
      m.status ?? 'approved',
      m.capacity ?? 2,
      m.published ?? true,
      m.expertise ?? ['droit'],
      m.languages ?? ['français'],
      m.formats ?? ['IN_PERSON', 'REMOTE'],
      `mentor-${m.n}@example.invalid`,
    ],
  );
  return id('a', m.n);
}

export interface MenteeFixture {
  n: number;
  account?: string | null;
  commune?: string;
  status?: 'applied' | 'accepted' | 'matched' | 'alumna' | 'withdrawn';
  interests?: string[];
  formats?: string[];
  languages?: string[];
}

export async function insertMentee(db: DataSource, e: MenteeFixture): Promise<string> {
  await db.query(
    `INSERT INTO mentee (id, account_id, first_name, birth_year, commune_code, situation, project_summary, interests, formats, availability, languages, status)
     VALUES ($1, $2, $3, 2005, $4, 'étudiante', 'Ouvrir un cabinet', $5, $6, 'le mercredi', $7, $8)`,
    [
      id('b', e.n),
      e.account === undefined ? `mentee-${e.n}` : e.account,
      `Mentee${e.n}`,
      e.commune ?? '92050',
      e.interests ?? ['droit'],
      e.formats ?? ['REMOTE'],
      e.languages ?? ['français'],
      e.status ?? 'accepted',
    ],
  );
  return id('b', e.n);
}

export async function insertMentorship(db: DataSource, n: number, mentor: number, mentee: number, status: string): Promise<string> {
  await db.query(
    `INSERT INTO mentorship (id, mentor_id, mentee_id, status, started_at) VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'proposed' THEN NULL ELSE now() END)`,
    [id('c', n), id('a', mentor), id('b', mentee), status],
  );
  return id('c', n);
}

export const as = {
  anonymous: identity(null),
  mentee: (n: number) => identity('MENTEE', `mentee-${n}`),
  mentor: (n: number) => identity('MENTOR', `mentor-${n}`),
  role: (role: Role) => identity(role),
};

export async function auditRows(db: DataSource, action: string, subjectId?: string): Promise<{ actor_sub: string; details: unknown }[]> {
  return db.query(`SELECT actor_sub, details FROM audit_log WHERE action = $1 AND ($2::text IS NULL OR subject_id = $2) ORDER BY at`, [
    action,
    subjectId ?? null,
  ]);
}
