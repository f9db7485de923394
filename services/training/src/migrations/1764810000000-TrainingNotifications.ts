// Training's notification outbox and preferences (the notifications package's tables) and its
// erasure receipts (the kit's table): issue 16.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ERASURE_RECEIPT_TABLE_SQL } from '@equality-graph/service-kit';
import { NOTIFICATION_TABLES_DOWN_SQL, NOTIFICATION_TABLES_SQL } from '@equality-graph/notifications';

export class TrainingNotifications1764810000000 implements MigrationInterface {
  name = 'TrainingNotifications1764810000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [...NOTIFICATION_TABLES_SQL, ...ERASURE_RECEIPT_TABLE_SQL]) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE erasure_receipt');
    for (const statement of NOTIFICATION_TABLES_DOWN_SQL) await db.query(statement);
  }
}
