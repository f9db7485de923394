// Erasure columns of enrolments and certificates (a landed migration: never edited but for
// comments, only followed by new ones).
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure at the person's request (`deleteMyTrainingData`): when her enrolments and
 * certificates were erased, so that support can tell an erased row from a name that happens
 * to read "(erased)", and so that no check of an erased certificate can match even by mistake.
 */
export class TrainingErasure1764700000000 implements MigrationInterface {
  name = 'TrainingErasure1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE enrolment ADD COLUMN erased_at timestamptz');
    await db.query('ALTER TABLE certificate ADD COLUMN erased_at timestamptz');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE certificate DROP COLUMN erased_at');
    await db.query('ALTER TABLE enrolment DROP COLUMN erased_at');
  }
}
