// Course management and session cancellation columns, bounds and paging indexes (a landed
// migration: never edited but for comments, only followed by new ones).
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Course management and session cancellation: the duration and title bounds the API checks,
 * held by the database too; why and when a session was cancelled; indexes in the order the
 * participant lists and a person's enrolments are paged (SQL keyset paging, not in memory).
 */
export class TrainingCourseManagementCancellation1764600000000 implements MigrationInterface {
  name = 'TrainingCourseManagementCancellation1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE training_course
      ADD CONSTRAINT training_course_duration_hours_max CHECK (duration_hours <= 200),
      ADD CONSTRAINT training_course_title_check CHECK (btrim(title) <> '')`);
    // Coordinators list unpublished courses too (the older index only holds published ones).
    await db.query('CREATE INDEX training_course_manage_title_idx ON training_course (title, id)');
    await db.query(`ALTER TABLE training_session
      ADD COLUMN cancelled_at timestamptz,
      ADD COLUMN cancellation_reason text`);
    await db.query('CREATE INDEX enrolment_session_order_idx ON enrolment (session_id, enrolled_at, id)');
    await db.query('DROP INDEX enrolment_account_idx');
    await db.query('CREATE INDEX enrolment_account_order_idx ON enrolment (account_id, enrolled_at, id) WHERE account_id IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX enrolment_account_order_idx');
    await db.query('CREATE INDEX enrolment_account_idx ON enrolment (account_id) WHERE account_id IS NOT NULL');
    await db.query('DROP INDEX enrolment_session_order_idx');
    await db.query('ALTER TABLE training_session DROP COLUMN cancellation_reason, DROP COLUMN cancelled_at');
    await db.query('DROP INDEX training_course_manage_title_idx');
    await db.query(`ALTER TABLE training_course
      DROP CONSTRAINT training_course_title_check,
      DROP CONSTRAINT training_course_duration_hours_max`);
  }
}
