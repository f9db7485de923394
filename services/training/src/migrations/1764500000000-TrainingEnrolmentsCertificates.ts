// Catalogue details, the enrolment queue, certificates, awareness actions and the audit log (a
// landed migration: never edited but for comments, only followed by new ones).
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AUDIT_LOG_TABLE_SQL } from '@equality-graph/service-kit';

const SECTORS = `'police_gendarmerie', 'health', 'social_work', 'education', 'justice', 'association', 'local_government'`;

/**
 * Catalogue details, session venue and trainer, the enrolment queue (oldest waitlisted first),
 * certificates with their verification codes, public awareness actions and the audit log.
 */
export class TrainingEnrolmentsCertificates1764500000000 implements MigrationInterface {
  name = 'TrainingEnrolmentsCertificates1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE training_course
      ADD COLUMN objectives text[] NOT NULL DEFAULT '{}',
      ADD COLUMN target_sectors text[] NOT NULL DEFAULT '{}',
      ADD COLUMN topics text[] NOT NULL DEFAULT '{}',
      ADD CONSTRAINT training_course_target_sectors_check CHECK (target_sectors <@ ARRAY[${SECTORS}]::text[])`);
    await db.query('CREATE INDEX training_course_title_idx ON training_course (title, id) WHERE published');
    await db.query('CREATE INDEX training_course_target_sectors_idx ON training_course USING gin (target_sectors)');

    await db.query(`ALTER TABLE training_session
      ADD COLUMN venue text,
      ADD COLUMN trainer_account_id text,
      ADD COLUMN trainer_name text`);
    await db.query('CREATE INDEX training_session_course_idx ON training_session (course_id, starts_at)');
    await db.query('CREATE INDEX training_session_commune_starts_idx ON training_session (commune_code, starts_at)');
    await db.query(
      'CREATE INDEX training_session_trainer_idx ON training_session (trainer_account_id) WHERE trainer_account_id IS NOT NULL',
    );

    await db.query(`ALTER TABLE enrolment
      ADD COLUMN enrolled_at timestamptz NOT NULL DEFAULT now(),
      ADD CONSTRAINT enrolment_sector_check CHECK (sector IN (${SECTORS}))`);
    await db.query('CREATE INDEX enrolment_account_idx ON enrolment (account_id) WHERE account_id IS NOT NULL');
    await db.query("CREATE INDEX enrolment_waitlist_idx ON enrolment (session_id, enrolled_at) WHERE status = 'waitlisted'");

    await db.query(`
      CREATE TABLE certificate (
        id uuid PRIMARY KEY,
        enrolment_id uuid NOT NULL CONSTRAINT certificate_enrolment_id_fkey REFERENCES enrolment (id) ON DELETE CASCADE,
        course_id uuid NOT NULL CONSTRAINT certificate_course_id_fkey REFERENCES training_course (id),
        account_id text,
        holder_name text NOT NULL,
        completed_on date NOT NULL,
        issued_at timestamptz NOT NULL DEFAULT now(),
        verification_code text NOT NULL,
        fictitious boolean NOT NULL DEFAULT false,
        CONSTRAINT certificate_enrolment_unique UNIQUE (enrolment_id),
        CONSTRAINT certificate_verification_code_unique UNIQUE (verification_code),
        CONSTRAINT certificate_verification_code_check CHECK (verification_code ~ '^[A-Z2-7]{32}$')
      )`);
    await db.query('CREATE INDEX certificate_account_idx ON certificate (account_id) WHERE account_id IS NOT NULL');

    await db.query(`
      CREATE TABLE awareness_action (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        held_on date NOT NULL,
        commune_code text NOT NULL CONSTRAINT awareness_action_commune_code_check CHECK (commune_code ~ '^92[0-9]{3}$'),
        format text NOT NULL CONSTRAINT awareness_action_format_check
          CHECK (format IN ('school_talk', 'stand', 'webinar', 'conference', 'workshop')),
        participant_count integer NOT NULL CONSTRAINT awareness_action_participant_count_check CHECK (participant_count >= 0),
        fictitious boolean NOT NULL DEFAULT false
      )`);
    await db.query('CREATE INDEX awareness_action_held_on_idx ON awareness_action (held_on, id)');
    await db.query('CREATE INDEX awareness_action_commune_idx ON awareness_action (commune_code, held_on)');

    for (const statement of AUDIT_LOG_TABLE_SQL) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_log');
    await db.query('DROP TABLE awareness_action');
    await db.query('DROP TABLE certificate');
    await db.query('DROP INDEX enrolment_waitlist_idx');
    await db.query('DROP INDEX enrolment_account_idx');
    await db.query('ALTER TABLE enrolment DROP CONSTRAINT enrolment_sector_check, DROP COLUMN enrolled_at');
    await db.query('DROP INDEX training_session_trainer_idx');
    await db.query('DROP INDEX training_session_commune_starts_idx');
    await db.query('DROP INDEX training_session_course_idx');
    await db.query('ALTER TABLE training_session DROP COLUMN venue, DROP COLUMN trainer_account_id, DROP COLUMN trainer_name');
    await db.query('DROP INDEX training_course_target_sectors_idx');
    await db.query('DROP INDEX training_course_title_idx');
    await db.query(`ALTER TABLE training_course DROP CONSTRAINT training_course_target_sectors_check,
      DROP COLUMN objectives, DROP COLUMN target_sectors, DROP COLUMN topics`);
  }
}
