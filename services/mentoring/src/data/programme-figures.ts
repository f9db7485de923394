// Programme figures for coordinators and analysts: totals, per commune and per month, each in
// one SQL statement.
import type { DataSource } from 'typeorm';
import { byKeys } from '@equality-graph/service-kit';
import { COMMUNES, type CommuneReference } from '@equality-graph/territory';

/** Programme figures for coordinators and analysts, per commune (of the mentee) and period. */
export interface ProgrammeCounts {
  applications: number;
  matchesStarted: number;
  averageDaysToMatch: number | null;
  activeMatches: number;
  sessions: number;
  sessionHours: number;
  completionRate: number | null;
  averageSatisfaction: number | null;
}

export interface CommuneCountsRow {
  commune: CommuneReference;
  counts: ProgrammeCounts;
}

export interface MonthCountsRow {
  month: string;
  counts: ProgrammeCounts;
}

export interface ProgrammeFiguresRow {
  total: ProgrammeCounts;
  byCommune: CommuneCountsRow[];
  /** The period asked for, kept for the (lazily computed) monthly series. */
  period: { from: string | null; to: string | null };
}

interface Sums {
  applications: number;
  started: number;
  days: number;
  active: number;
  sessions: number;
  minutes: number;
  completed: number;
  ended: number;
  answers: number;
  ratings: number;
}

const KEYS: (keyof Sums)[] = [
  'applications',
  'started',
  'days',
  'active',
  'sessions',
  'minutes',
  'completed',
  'ended',
  'answers',
  'ratings',
];
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

function counts(s: Sums): ProgrammeCounts {
  return {
    applications: s.applications,
    matchesStarted: s.started,
    averageDaysToMatch: s.started ? round(s.days / s.started, 1) : null,
    activeMatches: s.active,
    sessions: s.sessions,
    sessionHours: round(s.minutes / 60, 1),
    completionRate: s.completed + s.ended ? round(s.completed / (s.completed + s.ended), 3) : null,
    averageSatisfaction: s.answers ? round(s.ratings / s.answers) : null,
  };
}

// One statement for the 36 communes: each figure is a grouped subquery joined on the commune code.
const FIGURES_SQL = `
  WITH mentees AS (SELECT id, commune_code, created_at FROM mentee),
  apps AS (SELECT commune_code, count(*) AS applications FROM mentees
            WHERE ($1::date IS NULL OR created_at >= $1::date) AND ($2::date IS NULL OR created_at < $2::date + 1) GROUP BY 1),
  started AS (SELECT e.commune_code, count(*) AS started, sum(extract(epoch FROM s.started_at - e.created_at) / 86400) AS days
                FROM mentorship s JOIN mentees e ON e.id = s.mentee_id
               WHERE s.started_at IS NOT NULL AND ($1::date IS NULL OR s.started_at >= $1::date) AND ($2::date IS NULL OR s.started_at < $2::date + 1)
               GROUP BY 1),
  active AS (SELECT e.commune_code, count(*) AS active FROM mentorship s JOIN mentees e ON e.id = s.mentee_id WHERE s.status = 'active' GROUP BY 1),
  held AS (SELECT e.commune_code, count(*) AS sessions, sum(x.duration_minutes) AS minutes
             FROM mentoring_session x JOIN mentorship s ON s.id = x.mentorship_id JOIN mentees e ON e.id = s.mentee_id
            WHERE ($1::date IS NULL OR x.held_on >= $1::date) AND ($2::date IS NULL OR x.held_on <= $2::date) GROUP BY 1),
  closed AS (SELECT e.commune_code, count(*) FILTER (WHERE s.status = 'completed') AS completed, count(*) FILTER (WHERE s.status = 'ended') AS ended
               FROM mentorship s JOIN mentees e ON e.id = s.mentee_id
              WHERE s.status IN ('completed', 'ended') AND ($1::date IS NULL OR s.ended_at >= $1::date) AND ($2::date IS NULL OR s.ended_at < $2::date + 1)
              GROUP BY 1),
  answers AS (SELECT e.commune_code, count(*) AS answers, sum(v.rating) AS ratings
                FROM satisfaction_survey v JOIN mentorship s ON s.id = v.mentorship_id JOIN mentees e ON e.id = s.mentee_id
               WHERE ($1::date IS NULL OR v.submitted_at >= $1::date) AND ($2::date IS NULL OR v.submitted_at < $2::date + 1) GROUP BY 1)
  SELECT c.code, apps.applications, started.started, started.days, active.active, held.sessions, held.minutes,
         closed.completed, closed.ended, answers.answers, answers.ratings
    FROM unnest($3::text[]) AS c(code)
    LEFT JOIN apps ON apps.commune_code = c.code LEFT JOIN started ON started.commune_code = c.code
    LEFT JOIN active ON active.commune_code = c.code LEFT JOIN held ON held.commune_code = c.code
    LEFT JOIN closed ON closed.commune_code = c.code LEFT JOIN answers ON answers.commune_code = c.code`;

export async function programmeFigures(db: DataSource, from: string | null, to: string | null): Promise<ProgrammeFiguresRow> {
  const codes = COMMUNES.map((c) => c.code);
  const rows: Record<string, string | null>[] = await db.query(FIGURES_SQL, [from, to, codes]);
  const total = Object.fromEntries(KEYS.map((k) => [k, 0])) as unknown as Sums;
  const byCommune = byKeys(codes, rows, (r) => r.code).map((row, i) => {
    const code = codes[i];
    const sums = Object.fromEntries(KEYS.map((k) => [k, Number(row?.[k] ?? 0)])) as unknown as Sums;
    for (const k of KEYS) total[k] += sums[k];
    return { commune: { code }, counts: counts(sums) };
  });
  return { total: counts(total), byCommune, period: { from, to } };
}

// Month by month, one statement; "active" is the mentorships running at the end of each month.
const MONTHLY_SQL = `
  WITH months AS (SELECT generate_series(date_trunc('month', $1::date), date_trunc('month', $2::date), interval '1 month')::date AS month),
  apps AS (SELECT date_trunc('month', created_at)::date AS month, count(*) AS applications FROM mentee
            WHERE created_at >= $1::date AND created_at < $2::date + 1 GROUP BY 1),
  started AS (SELECT date_trunc('month', s.started_at)::date AS month, count(*) AS started, sum(extract(epoch FROM s.started_at - e.created_at) / 86400) AS days
                FROM mentorship s JOIN mentee e ON e.id = s.mentee_id WHERE s.started_at >= $1::date AND s.started_at < $2::date + 1 GROUP BY 1),
  active AS (SELECT m.month, count(*) AS active FROM months m JOIN mentorship s
               ON s.status IN ('active', 'completed', 'ended') AND s.started_at < m.month + interval '1 month'
              AND (s.ended_at IS NULL OR s.ended_at >= m.month + interval '1 month') GROUP BY 1),
  held AS (SELECT date_trunc('month', held_on)::date AS month, count(*) AS sessions, sum(duration_minutes) AS minutes FROM mentoring_session
            WHERE held_on BETWEEN $1::date AND $2::date GROUP BY 1),
  closed AS (SELECT date_trunc('month', ended_at)::date AS month, count(*) FILTER (WHERE status = 'completed') AS completed,
                    count(*) FILTER (WHERE status = 'ended') AS ended FROM mentorship
              WHERE status IN ('completed', 'ended') AND ended_at >= $1::date AND ended_at < $2::date + 1 GROUP BY 1),
  answers AS (SELECT date_trunc('month', submitted_at)::date AS month, count(*) AS answers, sum(rating) AS ratings FROM satisfaction_survey
               WHERE submitted_at >= $1::date AND submitted_at < $2::date + 1 GROUP BY 1)
  SELECT to_char(months.month, 'YYYY-MM') AS month, apps.applications, started.started, started.days, active.active, held.sessions,
         held.minutes, closed.completed, closed.ended, answers.answers, answers.ratings
    FROM months LEFT JOIN apps USING (month) LEFT JOIN started USING (month) LEFT JOIN active USING (month)
    LEFT JOIN held USING (month) LEFT JOIN closed USING (month) LEFT JOIN answers USING (month)
   ORDER BY months.month`;

/** `from`/`to` are ISO dates, at most 60 months apart (the caller checks). */
export async function monthlyFigures(db: DataSource, from: string, to: string): Promise<MonthCountsRow[]> {
  const rows: Record<string, string | null>[] = await db.query(MONTHLY_SQL, [from, to]);
  return rows.map((row) => ({
    month: row.month as string,
    counts: counts(Object.fromEntries(KEYS.map((k) => [k, Number(row[k] ?? 0)])) as unknown as Sums),
  }));
}
