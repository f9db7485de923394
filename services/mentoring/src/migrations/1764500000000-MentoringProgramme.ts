// Second migration: the rest of the programme (see below). Never edited once landed; later
// changes are new migrations.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_LOG_TABLE_SQL } from '@equality-graph/service-kit';

/**
 * The programme beyond the first counts: mentor profiles and contact, mentee applications,
 * the mentorship lifecycle timestamps, sessions, goals, surveys, inspiration events and the
 * audit log. New NOT NULL columns default to empty so existing rows stay valid.
 */
export class MentoringProgramme1764500000000 implements MigrationInterface {
  name = 'MentoringProgramme1764500000000';

  async up(db: QueryRunner): Promise<void> {
    // Empty by default, so rows written by older code (and the first tests' fixtures) stay valid.
    const notNullArray = (table: string, column: string) =>
      db.query(`ALTER TABLE ${table} ADD COLUMN ${column} text[] NOT NULL DEFAULT '{}'`);
    await db.query(`ALTER TABLE mentor
      ADD COLUMN headline text, ADD COLUMN bio text, ADD COLUMN email text, ADD COLUMN phone text,
      ADD COLUMN approved_at timestamptz, ADD COLUMN erased_at timestamptz`);
    for (const column of ['expertise', 'languages', 'formats']) await notNullArray('mentor', column);
    await db.query(`ALTER TABLE mentor ADD CONSTRAINT mentor_formats_check CHECK (formats <@ ARRAY['IN_PERSON', 'REMOTE']::text[])`);
    await db.query('CREATE INDEX mentor_expertise_idx ON mentor USING gin (expertise)');
    await db.query(`CREATE INDEX mentor_public_idx ON mentor (id) WHERE status = 'approved' AND published`);

    await db.query(`ALTER TABLE mentee
      ADD COLUMN situation text NOT NULL DEFAULT '', ADD COLUMN project_summary text NOT NULL DEFAULT '',
      ADD COLUMN availability text NOT NULL DEFAULT '', ADD COLUMN accepted_at timestamptz, ADD COLUMN erased_at timestamptz,
      ALTER COLUMN birth_year DROP NOT NULL`);
    for (const column of ['interests', 'formats', 'languages']) await notNullArray('mentee', column);
    await db.query(`ALTER TABLE mentee ADD CONSTRAINT mentee_formats_check CHECK (formats <@ ARRAY['IN_PERSON', 'REMOTE']::text[])`);
    await db.query('CREATE INDEX mentee_status_idx ON mentee (status, id)');

    await db.query(`ALTER TABLE mentorship
      ADD COLUMN proposed_at timestamptz NOT NULL DEFAULT now(), ADD COLUMN mentor_accepted_at timestamptz,
      ADD COLUMN mentee_accepted_at timestamptz, ADD COLUMN started_at timestamptz, ADD COLUMN ended_at timestamptz,
      ADD COLUMN end_reason text`);
    await db.query('CREATE INDEX mentorship_mentee_idx ON mentorship (mentee_id, status)');
    // One open (proposed or active) mentorship per pair: proposing the same pair twice is a conflict.
    await db.query(
      `CREATE UNIQUE INDEX mentorship_one_open_per_pair ON mentorship (mentor_id, mentee_id) WHERE status IN ('proposed', 'active')`,
    );

    await db.query(`
      CREATE TABLE mentoring_session (
        id uuid PRIMARY KEY,
        mentorship_id uuid NOT NULL CONSTRAINT mentoring_session_mentorship_id_fkey REFERENCES mentorship (id),
        held_on date NOT NULL,
        duration_minutes smallint NOT NULL CONSTRAINT mentoring_session_duration_check CHECK (duration_minutes BETWEEN 5 AND 600),
        format text NOT NULL CONSTRAINT mentoring_session_format_check CHECK (format IN ('IN_PERSON', 'REMOTE')),
        topics text[] NOT NULL,
        notes text,
        fictitious boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX mentoring_session_mentorship_idx ON mentoring_session (mentorship_id, held_on)');
    await db.query(`
      CREATE TABLE goal (
        id uuid PRIMARY KEY,
        mentorship_id uuid NOT NULL CONSTRAINT goal_mentorship_id_fkey REFERENCES mentorship (id),
        title text NOT NULL,
        status text NOT NULL CONSTRAINT goal_status_check CHECK (status IN ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')),
        milestones jsonb NOT NULL,
        fictitious boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX goal_mentorship_idx ON goal (mentorship_id)');
    await db.query(`
      CREATE TABLE satisfaction_survey (
        id uuid PRIMARY KEY,
        mentorship_id uuid NOT NULL CONSTRAINT satisfaction_survey_mentorship_id_fkey REFERENCES mentorship (id),
        respondent text NOT NULL CONSTRAINT satisfaction_survey_respondent_check CHECK (respondent IN ('MENTOR', 'MENTEE')),
        rating smallint NOT NULL CONSTRAINT satisfaction_survey_rating_check CHECK (rating BETWEEN 1 AND 5),
        would_recommend boolean NOT NULL,
        comment text,
        fictitious boolean NOT NULL DEFAULT false,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT satisfaction_survey_one_per_respondent UNIQUE (mentorship_id, respondent)
      )`);
    await db.query(`
      CREATE TABLE inspiration_event (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        held_on date NOT NULL,
        commune_code text NOT NULL CONSTRAINT inspiration_event_commune_code_check CHECK (commune_code ~ '^92[0-9]{3}$'),
        audience_count integer NOT NULL CONSTRAINT inspiration_event_audience_check CHECK (audience_count >= 0),
        fictitious boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX inspiration_event_held_on_idx ON inspiration_event (held_on, id)');
    await db.query('CREATE INDEX inspiration_event_commune_idx ON inspiration_event (commune_code, held_on)');
    await db.query(`
      CREATE TABLE inspiration_event_speaker (
        event_id uuid NOT NULL CONSTRAINT inspiration_event_speaker_event_id_fkey REFERENCES inspiration_event (id),
        mentor_id uuid NOT NULL CONSTRAINT inspiration_event_speaker_mentor_id_fkey REFERENCES mentor (id),
        PRIMARY KEY (event_id, mentor_id)
      )`);
    await db.query('CREATE INDEX inspiration_event_speaker_mentor_idx ON inspiration_event_speaker (mentor_id)');
    for (const statement of AUDIT_LOG_TABLE_SQL) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'inspiration_event_speaker',
      'inspiration_event',
      'satisfaction_survey',
      'goal',
      'mentoring_session',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query('DROP INDEX mentorship_one_open_per_pair');
    await db.query('DROP INDEX mentorship_mentee_idx');
    await db.query(`ALTER TABLE mentorship DROP COLUMN proposed_at, DROP COLUMN mentor_accepted_at, DROP COLUMN mentee_accepted_at,
      DROP COLUMN started_at, DROP COLUMN ended_at, DROP COLUMN end_reason`);
    await db.query('DROP INDEX mentee_status_idx');
    await db.query(`UPDATE mentee SET birth_year = 0 WHERE birth_year IS NULL`);
    await db.query(`ALTER TABLE mentee DROP CONSTRAINT mentee_formats_check, DROP COLUMN situation, DROP COLUMN project_summary,
      DROP COLUMN availability, DROP COLUMN accepted_at, DROP COLUMN erased_at, DROP COLUMN interests, DROP COLUMN formats, DROP COLUMN languages,
      ALTER COLUMN birth_year SET NOT NULL`);
    await db.query('DROP INDEX mentor_public_idx');
    await db.query('DROP INDEX mentor_expertise_idx');
    await db.query(`ALTER TABLE mentor DROP CONSTRAINT mentor_formats_check, DROP COLUMN headline, DROP COLUMN bio, DROP COLUMN email,
      DROP COLUMN phone, DROP COLUMN approved_at, DROP COLUMN erased_at, DROP COLUMN expertise, DROP COLUMN languages, DROP COLUMN formats`);
  }
}
