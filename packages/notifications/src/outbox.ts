// Writing notifications: one outbox row per event and recipient, in the caller's transaction, so
// an email exists exactly when the change that causes it was committed. Also each person's
// preferences (address, muted kinds) and what erasure does to both.
import { createHash, randomUUID } from 'node:crypto';
import { isEssential, type NotificationKind } from './kinds';
import type { TemplateData } from './templates';

/** A TypeORM EntityManager or DataSource (or anything with the same `query`). */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

export interface NotificationEvent {
  /** Names the event and its recipient, e.g. `mentorship:<id>:proposed:<sub>`: one row per key. */
  key: string;
  kind: NotificationKind;
  recipientSub: string;
  data?: TemplateData;
}

/** The domain part of every Message-ID (the platform's, not the SMTP relay's). */
export const MESSAGE_ID_DOMAIN = 'equality-graph.hauts-de-seine.fr';

/** Fixed by the event key: every attempt at the same event carries the same Message-ID. */
export const messageIdOf = (key: string) => `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${MESSAGE_ID_DOMAIN}>`;

export const OUTBOX_CHANNEL = 'notification_outbox';

/** TypeORM answers an UPDATE/DELETE with [rows, count] and a SELECT/INSERT with rows; pg with a result. */
function returnedRows<T = unknown>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}

interface PreferenceRow {
  email: string | null;
  muted_kinds: string[];
}

/**
 * Writes the outbox row (nothing when she has no address or muted a non-essential kind; nothing
 * new when the key is already there) and wakes the worker when the transaction commits.
 * Returns whether a row was written.
 */
export async function notify(tx: SqlRunner, event: NotificationEvent): Promise<boolean> {
  const [preference] = returnedRows<PreferenceRow>(
    await tx.query('SELECT email, muted_kinds FROM notification_preference WHERE account_id = $1', [event.recipientSub]),
  );
  if (!preference?.email) return false;
  if (!isEssential(event.kind) && preference.muted_kinds.includes(event.kind)) return false;
  const rows = returnedRows(
    await tx.query(
      `INSERT INTO notification_outbox (id, event_key, kind, recipient_sub, recipient_email, data, message_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_key) DO NOTHING RETURNING id`,
      [randomUUID(), event.key, event.kind, event.recipientSub, preference.email, JSON.stringify(event.data ?? {}), messageIdOf(event.key)],
    ),
  );
  // NOTIFY is delivered on commit only: the worker never sees a row of a rolled-back change.
  await tx.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
  return rows.length > 0;
}

export interface NotificationPreferences {
  email: string | null;
  mutedKinds: NotificationKind[];
}

export async function preferencesOf(db: SqlRunner, sub: string): Promise<NotificationPreferences> {
  const [row] = returnedRows<PreferenceRow>(
    await db.query('SELECT email, muted_kinds FROM notification_preference WHERE account_id = $1', [sub]),
  );
  return { email: row?.email ?? null, mutedKinds: (row?.muted_kinds ?? []) as NotificationKind[] };
}

/** Sets what is given (undefined keeps the stored value); essential kinds are never muted. */
export async function setPreferences(
  db: SqlRunner,
  sub: string,
  change: { email?: string | null; mutedKinds?: NotificationKind[] },
): Promise<NotificationPreferences> {
  const current = await preferencesOf(db, sub);
  const email = change.email === undefined ? current.email : change.email;
  const muted = [...new Set((change.mutedKinds ?? current.mutedKinds).filter((k) => !isEssential(k)))];
  await db.query(
    `INSERT INTO notification_preference (account_id, email, muted_kinds) VALUES ($1, $2, $3)
     ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email, muted_kinds = EXCLUDED.muted_kinds, updated_at = now()`,
    [sub, email, muted],
  );
  return { email, mutedKinds: muted };
}

/** Sets her address only when she has none yet (an application or profile gives one). */
export async function rememberAddress(db: SqlRunner, sub: string, email: string): Promise<void> {
  await db.query(
    `INSERT INTO notification_preference (account_id, email) VALUES ($1, $2)
     ON CONFLICT (account_id) DO UPDATE SET email = coalesce(notification_preference.email, EXCLUDED.email)`,
    [sub, email],
  );
}

/**
 * Erasure: her preferences go, emails not yet sent are cancelled, and every row addressed to
 * her loses her address and account (the rows stay, without anything that points at her).
 * Returns how many outbox rows were touched.
 */
export async function eraseNotifications(tx: SqlRunner, sub: string): Promise<number> {
  await tx.query('DELETE FROM notification_preference WHERE account_id = $1', [sub]);
  const rows = returnedRows(
    await tx.query(
      `UPDATE notification_outbox SET recipient_email = NULL, recipient_sub = NULL,
            status = CASE WHEN status IN ('pending', 'queued') THEN 'cancelled' ELSE status END
      WHERE recipient_sub = $1 RETURNING id`,
      [sub],
    ),
  );
  return rows.length;
}
