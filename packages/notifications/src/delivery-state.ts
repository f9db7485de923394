// Whether a database's notifications are all out: no outbox row waiting to be handed to pg-boss
// and no job still to run. Tests wait for it before counting emails, so that a repeat sent late
// would be counted too.
export interface Queryable {
  query(sql: string): Promise<unknown>;
}

export async function deliveriesSettled(db: Queryable): Promise<boolean> {
  const [{ waiting }] = (await db.query(
    `SELECT (SELECT count(*) FROM notification_outbox WHERE status IN ('pending', 'queued'))
          + (SELECT count(*) FROM pgboss.job WHERE state IN ('created', 'active', 'retry')) AS waiting`,
  )) as { waiting: string | number }[];
  return Number(waiting) === 0;
}
