// The audit log every service keeps for its own data: entity, table SQL, writers (direct and
// batched per request) and the `auditLog` list, identical in the three subgraphs.
import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { bulkInsert } from './bulk-insert';
import { pageRequest, toConnection, type Connection } from './connection';
import { badUserInput } from './errors';
import { isUuid } from './uuid';
import type { SubgraphContextBase } from './subgraph';

/**
 * Every read of personal data by someone other than its subject, and every unsuppressed
 * statistic read, leaves a row here, in the service that owns the data (DESIGN.md section 4).
 * Services list `AuditLogEntity` in their entities and create the table with
 * `AUDIT_LOG_TABLE_SQL` in one of their own migrations.
 */
@Entity({ name: 'audit_log' })
@Index('audit_log_at_idx', ['at'])
@Index('audit_log_actor_idx', ['actorSub', 'at'])
export class AuditLogEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The reader's account (`sub`), null for an anonymous read. */
  @Column({ type: 'text', name: 'actor_sub', nullable: true })
  actorSub: string | null;

  @Column({ type: 'text', name: 'actor_roles', array: true })
  actorRoles: string[];

  /** What was done, e.g. `observation.read.raw`, `mentee.read`. */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', name: 'subject_type' })
  subjectType: string;

  /** The record or selection read (an id, or a description of the filter). */
  @Column({ type: 'text', name: 'subject_id', nullable: true })
  subjectId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId: string | null;
}

/** The table as `AuditLogEntity` describes it (used verbatim by each service's migration). */
export const AUDIT_LOG_TABLE_SQL = [
  `CREATE TABLE audit_log (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_sub text,
    actor_roles text[] NOT NULL,
    action text NOT NULL,
    subject_type text NOT NULL,
    subject_id text,
    details jsonb,
    request_id text
  )`,
  'CREATE INDEX audit_log_at_idx ON audit_log (at)',
  'CREATE INDEX audit_log_actor_idx ON audit_log (actor_sub, at)',
];

export interface AuditEvent {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes audit rows in one statement; pass the transaction's manager to make it atomic with a write. */
export async function recordAudit(db: DataSource | EntityManager, context: SubgraphContextBase, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  // Before the insert: an audited answer must never be offered as public (public-answers.ts).
  if (context.auditTrail) context.auditTrail.written = true;
  const { sub, roles } = context.identity;
  await bulkInsert(
    db,
    'audit_log',
    ['id', 'actor_sub', 'actor_roles', 'action', 'subject_type', 'subject_id', 'details', 'request_id'],
    events.map((e) => [
      randomUUID(),
      sub,
      [...roles],
      e.action,
      e.subjectType,
      e.subjectId ?? null,
      e.details ? JSON.stringify(e.details) : null,
      context.requestId,
    ]),
  );
}

/** Queues one audit row for the current request (see `requestAudit`). */
export type RequestAudit = (event: AuditEvent) => Promise<void>;

/**
 * The per-request audit writer every service puts in its context: rows queued in the same
 * tick are written in one statement (50 mentors read, one INSERT), and the same action on the
 * same subject is written once per request (a mentor's email and phone, say).
 */
export function requestAudit(db: DataSource, context: SubgraphContextBase): RequestAudit {
  const batch = new DataLoader<AuditEvent, true>(
    async (events) => {
      await recordAudit(db, context, [...events]);
      return events.map(() => true as const);
    },
    { cache: false },
  );
  const written = new Map<string, Promise<true>>();
  return async (event) => {
    // Marked when queued, not only once written: the answer is audited from this moment on.
    if (context.auditTrail) context.auditTrail.written = true;
    const key = `${event.action}|${event.subjectType}|${event.subjectId ?? ''}`;
    if (!written.has(key)) written.set(key, batch.load(event));
    await written.get(key);
  };
}

/** An audit row as the `AuditLogEntry` GraphQL type shows it (the same type in every service). */
export interface AuditLogEntryView {
  id: string;
  at: string;
  actorSub: string | null;
  actorRoles: string[];
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** JSON text of the details. */
  details: string | null;
  requestId: string | null;
}

/** PostgreSQL's `timestamptz::text` (e.g. `2026-12-02 15:52:11.123456+00`) of a real instant. */
function isTimestampText(text: string | undefined): text is string {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.exec(text ?? '');
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/**
 * Newest first, optionally one action; the cursor keeps PostgreSQL's full timestamp precision
 * (`at::text`) and the id, so rows written in the same millisecond are neither repeated nor skipped.
 */
export async function listAuditLog(
  db: DataSource,
  first: number | null | undefined,
  after: string | null | undefined,
  action: string | null | undefined,
): Promise<Connection<AuditLogEntryView>> {
  const page = pageRequest(first, after);
  const params: unknown[] = [];
  const conditions = ['TRUE'];
  if (action) {
    params.push(action);
    conditions.push(`a.action = $${params.length}`);
  }
  const where = conditions.join(' AND ');
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM audit_log a WHERE ${where}`, params);
  let keyset = '';
  if (page.after) {
    const [at, id] = page.after.split('|');
    if (!isTimestampText(at) || !isUuid(id)) throw badUserInput('`after` is not a cursor returned by this list', { argument: 'after' });
    params.push(at, id);
    keyset = ` AND (a.at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  params.push(page.limit + 1);
  const rows: (Omit<AuditLogEntryView, 'at' | 'details'> & { at: Date; atKey: string; details: unknown })[] = await db.query(
    `SELECT a.id, a.at, a.at::text AS "atKey", a.actor_sub AS "actorSub", a.actor_roles AS "actorRoles", a.action,
       a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.details, a.request_id AS "requestId"
     FROM audit_log a WHERE ${where}${keyset} ORDER BY a.at DESC, a.id DESC LIMIT $${params.length}`,
    params,
  );
  const connection = toConnection(rows, page.limit, count, (row) => `${row.atKey}|${row.id}`);
  return {
    ...connection,
    edges: connection.edges.map(({ cursor, node: { atKey: _key, at, details, ...rest } }) => {
      void _key;
      return {
        cursor,
        node: { ...rest, at: at.toISOString(), details: details === null || details === undefined ? null : JSON.stringify(details) },
      };
    }),
  };
}
