// Delivery of the outbox through pg-boss and a real SMTP server: each email once in the normal
// case, none lost when the worker is killed at any point or SMTP is down, a repeat only with the
// same Message-ID, a dead letter when retries run out, muted kinds never written.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { messageIdOf, startNotificationWorker, type NotificationWorker, type WorkerSettings } from '../src';
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

async function killedAt(point: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', CRASHING_WORKER, db.url, sink.url, point], { stdio: 'ignore' });
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
