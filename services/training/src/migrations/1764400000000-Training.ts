// The first training schema: courses, sessions and enrolments (a landed migration: never edited
// but for comments, only followed by new ones).
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1764400000000 implements MigrationInterface {
  name = 'Training1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE training_course (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        summary text NOT NULL,
        duration_hours numeric(5, 1) NOT NULL CHECK (duration_hours > 0),
        modality text NOT NULL CHECK (modality IN ('in_person', 'remote', 'hybrid')),
        mentor_awareness boolean NOT NULL DEFAULT false,
        published boolean NOT NULL DEFAULT false,
        fictitious boolean NOT NULL DEFAULT false
      )`);
    await db.query(`
      CREATE TABLE training_session (
        id uuid PRIMARY KEY,
        course_id uuid NOT NULL REFERENCES training_course (id),
        commune_code text NOT NULL CHECK (commune_code ~ '^92[0-9]{3}$'),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity smallint NOT NULL CHECK (capacity > 0),
        status text NOT NULL CHECK (status IN ('scheduled', 'cancelled', 'completed')),
        fictitious boolean NOT NULL DEFAULT false,
        CONSTRAINT training_session_ends_after_start CHECK (ends_at > starts_at)
      )`);
    await db.query('CREATE INDEX training_session_commune_idx ON training_session (commune_code, status)');
    await db.query('CREATE INDEX training_session_starts_idx ON training_session (starts_at)');
    await db.query(`
      CREATE TABLE enrolment (
        id uuid PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES training_session (id),
        account_id text,
        display_name text NOT NULL,
        sector text NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'booked', 'waitlisted', 'cancelled')),
        attendance text NOT NULL DEFAULT 'unknown' CHECK (attendance IN ('unknown', 'no_show', 'partial', 'full')),
        fictitious boolean NOT NULL DEFAULT false
      )`);
    await db.query('CREATE INDEX enrolment_session_idx ON enrolment (session_id, status)');
    await db.query('CREATE UNIQUE INDEX enrolment_one_per_account ON enrolment (session_id, account_id) WHERE account_id IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE enrolment');
    await db.query('DROP TABLE training_session');
    await db.query('DROP TABLE training_course');
  }
}
