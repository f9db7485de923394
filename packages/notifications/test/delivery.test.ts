// Delivery of the outbox through pg-boss and a real SMTP server: each email once in the normal
// case, none lost when the worker is killed at any point or SMTP is down, a repeat only with the
// same Message-ID, a dead letter when retries run out, muted kinds never written.
import { spawn } from 'node:child_process';
import path from 'node:path';
import PgBoss from 'pg-boss';
import {
  RETENTION_CRON,
  RETENTION_QUEUE,
  messageIdOf,
  purgeOutbox,
  startNotificationWorker,
  type NotificationWorker,
  type PurgeResult,
  type WorkerSettings,
} from '../src';
import { startSmtpSink, type SmtpSink } from '../src/smtp-sink';
import { outboxDatabase, setPreferences, until, type OutboxDatabase } from './worker-helpers';

let db: OutboxDatabase;
let sink: SmtpSink;
const workers: NotificationWorker[] = [];

beforeAll(async () => {
  db = await outboxDatabase();
  sink = await startSmtpSink();
  await setPreferences(db.pool, 'alice', { email: 'alice@example.org' });
  await setPreferences(db.pool, 'bea', { email: 'bea@example.org', mutedKinds: ['session.logged', 'match.proposed'] });
}, 60_000);
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await sink?.stop();
  await db?.close();
});

async function worker(overrides: Partial<WorkerSettings> = {}): Promise<NotificationWorker> {
  const started = await startNotificationWorker({
    databaseUrl: db.url,
    smtpUrl: sink.url,
    from: 'Programme <no-reply@example.org>',
    appUrl: 'http://localhost:5173',
    pollingIntervalSeconds: 0.5,
    retryDelaySeconds: 1,
    retryBackoff: false,
    expireInSeconds: 2,
    maintenanceIntervalSeconds: 1,
    ...overrides,
  });
  workers.push(started);
  return started;
}

async function stopWorkers(): Promise<void> {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
}

const emailsOf = (key: string) => sink.received.filter((e) => e.messageId === messageIdOf(key));

async function jobDone(outboxId: string): Promise<boolean> {
  const { rows } = await db.pool.query(`SELECT state FROM pgboss.job WHERE data->>'outboxId' = $1`, [outboxId]);
  return rows.length > 0 && rows.every((r: { state: string }) => r.state === 'completed' || r.state === 'failed');
}

test('an event is written once per key and delivered once, in French, with the Message-ID of its key', async () => {
  const key = 'mentorship:m1:proposed:alice';
  expect(await db.notify({ key, kind: 'match.proposed', recipientSub: 'alice', data: { path: '/espace' } })).toBe(true);
  expect(await db.notify({ key, kind: 'match.proposed', recipientSub: 'alice', data: { path: '/espace' } })).toBe(false);
  await worker();
  await until(async () => (await db.row(key))?.status === 'sent', 'the email is sent');
  const row = await db.row(key);
  await until(() => jobDone(row!.id), 'the job is completed');
  const emails = emailsOf(key);
  expect(emails).toHaveLength(1);
  expect(emails[0].to).toEqual(['alice@example.org']);
  expect(emails[0].subject).toContain('binôme de mentorat vous est proposé');
  expect(emails[0].text).toContain('http://localhost:5173/espace');
  expect(emails[0].messageId).toBe(row!.message_id);
  await stopWorkers();
});

test('a muted kind is not written; an essential kind cannot be muted; no address, no row', async () => {
  expect(await db.notify({ key: 'bea:session', kind: 'session.logged', recipientSub: 'bea' })).toBe(false);
  expect(await db.notify({ key: 'bea:proposed', kind: 'match.proposed', recipientSub: 'bea' })).toBe(true);
  expect(await db.notify({ key: 'nobody:proposed', kind: 'match.proposed', recipientSub: 'nobody' })).toBe(false);
  expect(await db.row('bea:session')).toBeUndefined();
  await db.pool.query(`DELETE FROM notification_outbox WHERE event_key = 'bea:proposed'`);
});

const CRASHING_WORKER = path.join(__dirname, 'crashing-worker.ts');

async function killedAt(point: string, overrides: Partial<WorkerSettings> = {}): Promise<void> {
  const args = ['--import', 'tsx', CRASHING_WORKER, db.url, sink.url, point, JSON.stringify(overrides)];
  const child = spawn(process.execPath, args, { stdio: 'ignore' });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, s) => resolve(s)));
  expect(signal).toBe('SIGKILL');
}

test.each([
  ['before-send', 1],
  ['after-smtp', 2],
  ['after-commit', 1],
])(
  'a worker killed %s loses no email, and a repeat carries the same Message-ID',
  async (point, copies) => {
    const key = `crash:${point}`;
    await db.notify({ key, kind: 'match.ended', recipientSub: 'alice' });
    await killedAt(point);
    // A new worker takes the job over once the dead one's lock has expired.
    await worker();
    await until(async () => (await db.row(key))?.status === 'sent', 'the email is sent');
    const row = await db.row(key);
    await until(() => jobDone(row!.id), 'the job is completed');
    const emails = emailsOf(key);
    expect(emails).toHaveLength(copies);
    expect(new Set(emails.map((e) => e.messageId))).toEqual(new Set([messageIdOf(key)]));
    await stopWorkers();
  },
  90_000,
);

test('SMTP down: emails wait (retried) and go out when it returns', async () => {
  await sink.stop();
  const key = 'smtp-down:1';
  await db.notify({ key, kind: 'match.accepted', recipientSub: 'alice' });
  await worker();
  await until(async () => ((await db.row(key))?.attempts ?? 0) >= 2, 'two failed attempts');
  expect((await db.row(key))?.status).toBe('queued');
  expect(emailsOf(key)).toHaveLength(0);
  await sink.start();
  await until(async () => (await db.row(key))?.status === 'sent', 'the email is sent once SMTP is back');
  expect(emailsOf(key)).toHaveLength(1);
  await stopWorkers();
}, 90_000);

test('when every retry fails the row is dead-lettered, not lost', async () => {
  const key = 'dead:1';
  await db.notify({ key, kind: 'match.ended', recipientSub: 'alice' });
  await worker({ smtpUrl: 'smtp://127.0.0.1:1', retryLimit: 1 });
  await until(async () => (await db.row(key))?.status === 'dead', 'the row is dead-lettered');
  expect((await db.row(key))?.attempts).toBe(2);
  await stopWorkers();
}, 90_000);

test('a job that expires on its last attempt (its worker killed) dead-letters its row instead of leaving it queued', async () => {
  const key = 'expired-last:1';
  await db.notify({ key, kind: 'match.ended', recipientSub: 'alice' });
  // No retry allowed: the attempt the killed worker started is the last one.
  await killedAt('before-send', { retryLimit: 0 });
  expect((await db.row(key))?.status).toBe('queued');
  await worker({ retryLimit: 0 });
  await until(async () => (await db.row(key))?.status === 'dead', 'the row is dead-lettered once its job expired');
  const { rows } = await db.pool.query('SELECT attempts, last_error FROM notification_outbox WHERE event_key = $1', [key]);
  expect(rows[0].attempts).toBe(0);
  expect(rows[0].last_error).toMatch(/^retries exhausted/);
  expect(emailsOf(key)).toHaveLength(0);
  await stopWorkers();
}, 90_000);

describe('retention', () => {
  const DAY = 86_400_000;
  async function row(key: string, status: string, ageDays: number): Promise<void> {
    const at = new Date(Date.now() - ageDays * DAY);
    await db.pool.query(
      `INSERT INTO notification_outbox (id, event_key, kind, recipient_sub, recipient_email, message_id, status, created_at, sent_at)
       VALUES (gen_random_uuid(), $1, 'match.ended', 'alice', 'alice@example.org', $2, $3, $4::timestamptz, CASE WHEN $3 = 'sent' THEN $4::timestamptz END)`,
      [key, messageIdOf(key), status, at],
    );
  }
  const kept = async () =>
    (
      await db.pool.query<{ event_key: string }>(
        `SELECT event_key FROM notification_outbox WHERE event_key LIKE 'retention:%' ORDER BY event_key`,
      )
    ).rows.map((r) => r.event_key);

  beforeEach(async () => {
    await db.pool.query(`DELETE FROM notification_outbox WHERE event_key LIKE 'retention:%'`);
    for (const [key, status, age] of [
      ['retention:sent-old', 'sent', 40],
      ['retention:sent-recent', 'sent', 10],
      ['retention:cancelled-old', 'cancelled', 40],
      ['retention:dead-old', 'dead', 40],
      ['retention:dead-ancient', 'dead', 200],
      ['retention:pending-ancient', 'pending', 400],
      ['retention:queued-ancient', 'queued', 400],
    ] as const)
      await row(key, status, age);
  });

  test('delivered rows past the retention are purged, dead letters kept longer, emails still owed never', async () => {
    expect(await purgeOutbox(db.pool, { deliveredDays: 30, deadDays: 180 })).toEqual({ delivered: 2, dead: 1 });
    expect(await kept()).toEqual(['retention:dead-old', 'retention:pending-ancient', 'retention:queued-ancient', 'retention:sent-recent']);
  });

  test('the purge is a daily pg-boss schedule whose job runs it; deadDays 0 keeps dead letters', async () => {
    const purged: PurgeResult[] = [];
    await worker({ retention: { deliveredDays: 30, deadDays: 0 }, onPurged: (r) => purged.push(r) });
    const { rows } = await db.pool.query('SELECT cron FROM pgboss.schedule WHERE name = $1', [RETENTION_QUEUE]);
    expect(rows).toEqual([{ cron: RETENTION_CRON }]);
    // What the cron does when it fires: one job on the retention queue.
    const boss = new PgBoss({ connectionString: db.url, max: 1, supervise: false, schedule: false });
    await boss.start();
    await boss.send(RETENTION_QUEUE, {});
    await until(async () => purged.length > 0, 'the scheduled job ran the purge');
    await boss.stop({ graceful: false, close: true });
    expect(purged[0]).toEqual({ delivered: 2, dead: 0 });
    expect(await kept()).toContain('retention:dead-ancient');
    await stopWorkers();
  }, 60_000);
});
