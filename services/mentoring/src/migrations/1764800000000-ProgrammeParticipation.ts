// Third migration: what people need to go through the programme themselves (issue 16): consents,
// contacts shared inside a mentorship, the notification outbox and erasure receipts.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ERASURE_RECEIPT_TABLE_SQL } from '@equality-graph/service-kit';
import { NOTIFICATION_TABLES_DOWN_SQL, NOTIFICATION_TABLES_SQL } from '@equality-graph/notifications';

/**
 * `consent`: what a person agreed to, with the text's version and time; withdrawn, not deleted.
 * `mentorship_contact`: the contact each side consented to show the other, deleted when the
 * mentorship stops being active. The outbox and receipts come from their packages.
 */
export class ProgrammeParticipation1764800000000 implements MigrationInterface {
  name = 'ProgrammeParticipation1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        account_id text,
        mentee_id uuid CONSTRAINT consent_mentee_id_fkey REFERENCES mentee (id),
        mentorship_id uuid CONSTRAINT consent_mentorship_id_fkey REFERENCES mentorship (id),
        kind text NOT NULL CONSTRAINT consent_kind_check CHECK (kind IN ('CHARTER', 'CONTACT_SHARING', 'PARENTAL')),
        text_version text NOT NULL,
        parent_name text,
        parent_consent_date date,
        recorded_by text,
        given_at timestamptz NOT NULL DEFAULT now(),
        withdrawn_at timestamptz
      )`);
    await db.query('CREATE INDEX consent_account_idx ON consent (account_id)');
    await db.query('CREATE INDEX consent_mentee_idx ON consent (mentee_id)');
    await db.query(`
      CREATE TABLE mentorship_contact (
        mentorship_id uuid NOT NULL CONSTRAINT mentorship_contact_mentorship_id_fkey REFERENCES mentorship (id),
        side text NOT NULL CONSTRAINT mentorship_contact_side_check CHECK (side IN ('MENTOR', 'MENTEE')),
        email text,
        phone text,
        consent_id uuid NOT NULL CONSTRAINT mentorship_contact_consent_id_fkey REFERENCES consent (id),
        PRIMARY KEY (mentorship_id, side)
      )`);
    for (const statement of [...NOTIFICATION_TABLES_SQL, ...ERASURE_RECEIPT_TABLE_SQL]) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE erasure_receipt');
    for (const statement of NOTIFICATION_TABLES_DOWN_SQL) await db.query(statement);
    await db.query('DROP TABLE mentorship_contact');
    await db.query('DROP TABLE consent');
  }
}
