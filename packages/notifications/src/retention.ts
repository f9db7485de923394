// How long outbox rows are kept once they are done with, and the scheduled job that purges them.
import type PgBoss from 'pg-boss';
import type pg from 'pg';

export const RETENTION_QUEUE = 'notification-outbox-retention';
/** Once a day at 03:17 (server time): one run per database, whichever worker's pg-boss takes it. */
export const RETENTION_CRON = '17 3 * * *';

export interface RetentionPolicy {
  /** Sent and cancelled rows older than this are deleted (their job is done; only the audit of the change stays, in the service). */
  deliveredDays: number;
  /**
   * Dead letters are kept this long (an operator reads `last_error` and may set the row back to
   * `pending` to send it again); 0 keeps them until someone deletes them.
   */
  deadDays: number;
}

export interface PurgeResult {
  delivered: number;
  dead: number;
}

/**
 * Deletes what the policy no longer keeps. `pending` and `queued` rows are never purged, whatever
 * their age: they are emails still owed. Sent rows age from `sent_at`, others from `created_at`.
 */
export async function purgeOutbox(db: pg.Pool | pg.PoolClient, policy: RetentionPolicy): Promise<PurgeResult> {
  const delivered = await db.query(
    `DELETE FROM notification_outbox
     WHERE status IN ('sent', 'cancelled') AND coalesce(sent_at, created_at) < now() - make_interval(days => $1)`,
    [policy.deliveredDays],
  );
  const dead =
    policy.deadDays > 0
      ? await db.query(`DELETE FROM notification_outbox WHERE status = 'dead' AND created_at < now() - make_interval(days => $1)`, [
          policy.deadDays,
        ])
      : { rowCount: 0 };
  return { delivered: delivered.rowCount ?? 0, dead: dead.rowCount ?? 0 };
}

/**
 * The purge as a pg-boss schedule (cron, kept in pg-boss's tables, so several workers on one
 * database run it once), and its handler. Returns the purge for callers that run it now.
 */
export async function scheduleRetention(
  boss: PgBoss,
  pool: pg.Pool,
  policy: RetentionPolicy,
  onPurged: (result: PurgeResult) => void,
): Promise<() => Promise<PurgeResult>> {
  const purge = () => purgeOutbox(pool, policy);
  await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, policy: 'singleton', retryLimit: 3, expireInSeconds: 600 });
  await boss.schedule(RETENTION_QUEUE, RETENTION_CRON);
  await boss.work(RETENTION_QUEUE, async () => onPurged(await purge()));
  return purge;
}
