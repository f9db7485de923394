// Every write to the tables behind a commune's programme counts notifies `mentoring_figures`, so
// the counts kept between requests (data/commune-stats.ts) are dropped at once, whoever writes.
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { notifyOnWriteSql } from '@equality-graph/service-kit';

const triggers = notifyOnWriteSql('mentoring_figures', ['mentor', 'mentee', 'mentorship']);

export class MentoringFiguresNotifications1764900000000 implements MigrationInterface {
  name = 'MentoringFiguresNotifications1764900000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of triggers.up) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of triggers.down) await db.query(statement);
  }
}
