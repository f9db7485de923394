// The notification worker: moves committed outbox rows onto pg-boss (the PostgreSQL job queue)
// and delivers each job through SMTP, at least once, with the row's fixed Message-ID.
import nodemailer, { type Transporter } from 'nodemailer';
import PgBoss from 'pg-boss';
import pg from 'pg';
import { isNotificationKind } from './kinds';
import { OUTBOX_CHANNEL } from './outbox';
import { scheduleRetention, type PurgeResult, type RetentionPolicy } from './retention';
import { renderEmail, type TemplateData } from './templates';

export const QUEUE = 'notification-email';
/**
 * pg-boss copies a job here when it fails for good, whether its handler threw on the last attempt
 * or its worker died during it and the job expired (then no handler of ours ran): the worker marks
 * the row `dead` from here, so no row stays `queued` for a job that is gone.
 */
export const DEAD_LETTER_QUEUE = 'notification-email-dead';

export interface WorkerSettings {
  /** The service's own database: its outbox, and pg-boss's schema beside it. */
  databaseUrl: string;
  /** smtp://user:pass@host:port (smtps:// for implicit TLS). */
  smtpUrl: string;
  from: string;
  /** The web client's address: every email links there instead of carrying the content. */
  appUrl: string;
  /** Attempts after the first before a row is dead-lettered. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
  /** A job whose worker died is retried once it has been active this long. */
  expireInSeconds?: number;
  /** How often pg-boss supervises (expires dead workers' jobs). */
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  /** The relay also polls, in case a NOTIFY was missed (worker down when it was sent). */
  relayIntervalMs?: number;
  /** How long done rows are kept (a daily scheduled purge); defaults: 30 days, dead letters 180. */
  retention?: RetentionPolicy;
  onPurged?: (result: PurgeResult) => void;
  /** Points of a delivery where a test kills the process, as a crash would. */
  hooks?: DeliveryHooks;
  onError?: (error: Error) => void;
}

export interface DeliveryHooks {
  beforeSend?(outboxId: string): Promise<void> | void;
  afterSmtpAccepted?(outboxId: string): Promise<void> | void;
  afterCommit?(outboxId: string): Promise<void> | void;
}

export interface NotificationWorker {
  /** Moves pending rows to the queue now (also done on NOTIFY and every relayIntervalMs). */
  relay(): Promise<number>;
  /** Runs the retention purge now (it also runs daily, scheduled). */
  purge(): Promise<PurgeResult>;
  stop(): Promise<void>;
}

interface OutboxRow {
  id: string;
  kind: string;
  recipient_email: string | null;
  data: TemplateData;
  message_id: string;
  status: string;
}

interface OutboxJob {
  outboxId: string;
}

const DONE = new Set(['sent', 'cancelled', 'dead']);

export async function startNotificationWorker(settings: WorkerSettings): Promise<NotificationWorker> {
  const retryLimit = settings.retryLimit ?? 12;
  const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: 4, application_name: 'notification-worker' });
  const transport: Transporter = nodemailer.createTransport(settings.smtpUrl, {});
  const boss = new PgBoss({
    connectionString: settings.databaseUrl,
    max: 4,
    // The daily retention purge is a pg-boss cron schedule (retention.ts).
    schedule: true,
    supervise: true,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds ?? 60,
  });
  const report = settings.onError ?? (() => {});
  boss.on('error', report);
  pool.on('error', report);
  await boss.start();
  const expireInSeconds = settings.expireInSeconds ?? 300;
  await boss.createQueue(DEAD_LETTER_QUEUE, {
    name: DEAD_LETTER_QUEUE,
    retryLimit: 12,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds,
  });
  const queue = {
    name: QUEUE,
    retryLimit,
    retryDelay: settings.retryDelaySeconds ?? 30,
    retryBackoff: settings.retryBackoff ?? true,
    expireInSeconds,
    deadLetter: DEAD_LETTER_QUEUE,
  };
  await boss.createQueue(QUEUE, queue);
  // createQueue keeps an existing queue as it was: today's settings (and the dead-letter queue) apply to new jobs.
  await boss.updateQueue(QUEUE, queue);

  // One relay at a time; a wake-up during a run asks for one more run.
  let running: Promise<number> | null = null;
  let again = false;
  const relayOnce = async (): Promise<number> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM notification_outbox WHERE status = 'pending' ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED`,
      );
      const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
      // The job and the row's new status commit together: a row is queued exactly once.
      for (const { id } of rows) await boss.send(QUEUE, { outboxId: id }, { db });
      if (rows.length > 0) {
        await client.query(`UPDATE notification_outbox SET status = 'queued', queued_at = now() WHERE id = ANY($1::uuid[])`, [
          rows.map((r) => r.id),
        ]);
      }
      await client.query('COMMIT');
      return rows.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  const relay = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await relayOnce();
      } while (again);
      return total;
    })();
    try {
      return await running;
    } finally {
      running = null;
    }
  };
  const wake = () => relay().catch(report);

  const listener = await pool.connect();
  listener.on('notification', () => void wake());
  await listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  const poll = setInterval(() => void wake(), settings.relayIntervalMs ?? 5000);
  await relay();

  const deliver = async (job: PgBoss.JobWithMetadata<OutboxJob>): Promise<void> => {
    const { outboxId } = job.data;
    const {
      rows: [row],
    } = await pool.query<OutboxRow>('SELECT id, kind, recipient_email, data, message_id, status FROM notification_outbox WHERE id = $1', [
      outboxId,
    ]);
    // Already sent (a repeat after a crash past the commit), cancelled by an erasure, or gone.
    if (!row || DONE.has(row.status)) return;
    if (!row.recipient_email || !isNotificationKind(row.kind)) {
      await pool.query(`UPDATE notification_outbox SET status = 'cancelled' WHERE id = $1`, [row.id]);
      return;
    }
    try {
      await settings.hooks?.beforeSend?.(row.id);
      const email = renderEmail(row.kind, row.data, settings.appUrl);
      await transport.sendMail({
        from: settings.from,
        to: row.recipient_email,
        subject: email.subject,
        text: email.text,
        messageId: row.message_id,
        headers: { 'X-Notification-Kind': row.kind },
      });
      await settings.hooks?.afterSmtpAccepted?.(row.id);
      await pool.query(
        `UPDATE notification_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
        [row.id],
      );
      await settings.hooks?.afterCommit?.(row.id);
    } catch (error) {
      // The last attempt dead-letters the row; before that pg-boss retries the job after a delay.
      const last = job.retryCount >= job.retryLimit;
      await pool.query(
        `UPDATE notification_outbox SET attempts = attempts + 1, last_error = left($2, 500),
                status = CASE WHEN $3 THEN 'dead' ELSE status END WHERE id = $1`,
        [row.id, (error as Error).message, last],
      );
      throw error;
    }
  };
  await boss.work<OutboxJob>(
    QUEUE,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 2 },
    async ([job]) => deliver(job),
  );

  // A job that failed for good: its row becomes the dead letter, unless it was sent or cancelled meanwhile.
  await boss.work<OutboxJob>(
    DEAD_LETTER_QUEUE,
    { batchSize: 10, includeMetadata: true, pollingIntervalSeconds: settings.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) {
        await pool.query(
          `UPDATE notification_outbox SET status = 'dead', last_error = left($2, 500) WHERE id = $1 AND status IN ('pending', 'queued')`,
          [job.data.outboxId, failureOf(job.output)],
        );
      }
    },
  );
  const purge = await scheduleRetention(
    boss,
    pool,
    settings.retention ?? { deliveredDays: 30, deadDays: 180 },
    settings.onPurged ?? (() => {}),
  );

  return {
    relay,
    purge,
    stop: async () => {
      clearInterval(poll);
      await boss.stop({ graceful: true, wait: true, close: true });
      await running?.catch(() => 0);
      listener.release();
      await pool.end();
      transport.close();
    },
  };
}

/** What pg-boss recorded of the last failure (a thrown error, or its expiry of a job whose worker died). */
function failureOf(output: unknown): string {
  const message =
    (output as { message?: unknown; value?: { message?: unknown } } | null)?.message ??
    (output as { value?: { message?: unknown } } | null)?.value?.message;
  return `retries exhausted: ${typeof message === 'string' ? message : 'the last attempt did not finish'}`;
}
