// Migration: a directory entry's postal code (the query by postal code, and the commune's page).
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Nullable: helplines and department-wide services have none; the service checks it is the department's. */
export class SupportServicePostalCode1764820000000 implements MigrationInterface {
  name = 'SupportServicePostalCode1764820000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE support_service ADD COLUMN postal_code text CONSTRAINT support_service_postal_code_check CHECK (postal_code ~ '^[0-9]{5}$')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE support_service DROP COLUMN postal_code');
  }
}
