// What the delivery tests share: a fresh database holding the notification tables, and a wait
// for a condition read from it.
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@equality-graph/testing';
import { NOTIFICATION_TABLES_SQL, setPreferences, notify, type NotificationEvent } from '../src';

export interface OutboxDatabase extends TestDatabase {
  pool: pg.Pool;
  notify(event: NotificationEvent): Promise<boolean>;
  row(key: string): Promise<{ id: string; status: string; attempts: number; message_id: string } | undefined>;
  close(): Promise<void>;
}

export async function outboxDatabase(): Promise<OutboxDatabase> {
  const database = await createTestDatabase('notifications');
  const pool = new pg.Pool({ connectionString: database.url, max: 3 });
  for (const statement of NOTIFICATION_TABLES_SQL) await pool.query(statement);
  return {
    ...database,
    pool,
    notify: (event) => notify(pool, event),
    row: async (key) =>
      (await pool.query('SELECT id, status, attempts, message_id FROM notification_outbox WHERE event_key = $1', [key])).rows[0],
    close: async () => {
      await pool.end();
      await database.drop();
    },
  };
}

export { setPreferences };

/** Polls until `check` holds (the tests assert what happened, never how long it took). */
export async function until(check: () => Promise<boolean>, what: string, limitMs = 45_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
