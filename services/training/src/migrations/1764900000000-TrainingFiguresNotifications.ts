// Every write to the tables behind a commune's training figures notifies `training_figures`, so
// the figures kept between requests (data/commune-stats.ts) are dropped at once, whoever writes.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { notifyOnWriteSql } from '@equality-graph/service-kit';

const triggers = notifyOnWriteSql('training_figures', ['training_session', 'enrolment']);

export class TrainingFiguresNotifications1764900000000 implements MigrationInterface {
  name = 'TrainingFiguresNotifications1764900000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of triggers.up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of triggers.down) await db.query(statement);
  }
}
