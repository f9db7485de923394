import type { DataSource } from 'typeorm';
import { badUserInput, pageRequest, toConnection, type Connection } from '@equality-graph/service-kit';

export interface AuditLogRow {
  id: string;
  at: Date;
  atKey: string;
  actorSub: string | null;
  actorRoles: string[];
  action: string;
  subjectType: string;
  subjectId: string | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
}

/** Newest first; the cursor keeps PostgreSQL's full timestamp precision (`at::text`) and the id. */
export async function listAuditLog(
  db: DataSource,
  first: number | null | undefined,
  after: string | null | undefined,
  action: string | null | undefined,
): Promise<Connection<AuditLogRow>> {
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
    if (!at || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw badUserInput('`after` is not a cursor returned by this list', { argument: 'after' });
    params.push(at, id);
    keyset = ` AND (a.at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
  }
  params.push(page.limit + 1);
  const rows: AuditLogRow[] = await db.query(
    `SELECT a.id, a.at, a.at::text AS "atKey", a.actor_sub AS "actorSub", a.actor_roles AS "actorRoles", a.action,
       a.subject_type AS "subjectType", a.subject_id AS "subjectId", a.details, a.request_id AS "requestId"
     FROM audit_log a WHERE ${where}${keyset} ORDER BY a.at DESC, a.id DESC LIMIT $${params.length}`,
    params,
  );
  return toConnection(rows, page.limit, count, (row) => `${row.atKey}|${row.id}`);
}
