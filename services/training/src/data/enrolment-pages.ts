// Paged enrolment lists (a session's participants, a person's enrolments) for any number of
// parents in one statement, so the loaders of a request cost one query however many parents.
import type { DataSource } from 'typeorm';
import { isUuid, keysetAfter, toConnection, type Connection, type PageRequest } from '@equality-graph/service-kit';
import type { EnrolmentEntity, EnrolmentStatus } from './entities';

/** One page of one parent's enrolments (a session's participants, or a person's enrolments). */
export interface EnrolmentPageKey {
  parentId: string;
  status: EnrolmentStatus | null;
  page: PageRequest;
}

export const enrolmentPageCacheKey = ({ parentId, status, page }: EnrolmentPageKey) =>
  JSON.stringify([parentId, status, page.limit, page.after]);

type EnrolmentRow = EnrolmentEntity & { cursorAt: string };

/**
 * The keyset cursor is (enrolled_at, id). enrolled_at comes from clock_timestamp(), in
 * microseconds, which a JS Date would truncate: the cursor carries PostgreSQL's own text.
 */
const CURSOR = ['instant', 'uuid'] as const;
const cursorKey = (row: EnrolmentRow) => [row.cursorAt, row.id];

const LISTS = {
  // A session's participants, in enrolment order (enrolment_session_order_idx).
  session: { column: 'session_id', type: 'uuid', order: 'ASC', after: '>' },
  // A person's enrolments, most recent first (enrolment_account_order_idx, read backwards).
  account: { column: 'account_id', type: 'text', order: 'DESC', after: '<' },
} as const;

/**
 * Pages of any number of parents in ONE statement: each key (parent, status filter, cursor,
 * page size) is a row of unnest(), whose LATERAL subqueries count that parent's list and read
 * its next `limit + 1` rows through the index, stopping there (nothing is loaded whole).
 */
async function enrolmentPages(
  db: DataSource,
  list: (typeof LISTS)[keyof typeof LISTS],
  keys: readonly EnrolmentPageKey[],
): Promise<Connection<EnrolmentEntity>[]> {
  const afters = keys.map((k) => keysetAfter(k.page, CURSOR));
  // A session id that is not a uuid has no rows (and must not reach PostgreSQL as a uuid).
  const parents = keys.map((k) => (list.type === 'uuid' && !isUuid(k.parentId) ? null : k.parentId));
  const filter = `e.${list.column} = k.parent AND (k.status IS NULL OR e.status = k.status)`;
  const rows: (Partial<EnrolmentRow> & { i: string; total: number })[] = await db.query(
    `SELECT k.i, c.total, r.*
       FROM unnest($1::${list.type}[], $2::text[], $3::timestamptz[], $4::uuid[], $5::int[])
              WITH ORDINALITY AS k(parent, status, after_at, after_id, lim, i)
      CROSS JOIN LATERAL (SELECT count(*)::int AS total FROM enrolment e WHERE ${filter}) c
       LEFT JOIN LATERAL (
         SELECT e.id, e.session_id AS "sessionId", e.account_id AS "accountId", e.display_name AS "displayName",
                e.sector, e.status, e.attendance, e.enrolled_at AS "enrolledAt", e.fictitious,
                to_char(e.enrolled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
           FROM enrolment e
          WHERE ${filter} AND (k.after_at IS NULL OR (e.enrolled_at, e.id) ${list.after} (k.after_at, k.after_id))
          ORDER BY e.enrolled_at ${list.order}, e.id ${list.order}
          LIMIT k.lim + 1
       ) r ON true
      ORDER BY k.i, r."enrolledAt" ${list.order}, r.id ${list.order}`,
    [
      parents,
      keys.map((k) => k.status),
      afters.map((a) => a?.[0] ?? null),
      afters.map((a) => a?.[1] ?? null),
      keys.map((k) => k.page.limit),
    ],
  );
  const byKey = keys.map(() => ({ total: 0, rows: [] as EnrolmentRow[] }));
  for (const { i, total, ...row } of rows) {
    const slot = byKey[Number(i) - 1];
    slot.total = total;
    if (row.id) slot.rows.push(row as EnrolmentRow);
  }
  return keys.map((key, index) => toConnection(byKey[index].rows, key.page.limit, byKey[index].total, cursorKey));
}

export const enrolmentPagesBySession = (db: DataSource, keys: readonly EnrolmentPageKey[]) => enrolmentPages(db, LISTS.session, keys);
export const enrolmentPagesByAccount = (db: DataSource, keys: readonly EnrolmentPageKey[]) => enrolmentPages(db, LISTS.account, keys);
