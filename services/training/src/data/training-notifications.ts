// The emails training's changes cause (enrolment confirmed, promoted from the waitlist, session
// cancelled, certificate issued), written to the outbox in the change's own transaction.
import type { EntityManager } from 'typeorm';
import { notify, type NotificationKind } from '@equality-graph/notifications';

/** Where each email links: her training space in the web client. */
export const TRAINING_SPACE_PATH = '/espace/formations';

export interface NotifiedEnrolment {
  id: string;
  account_id: string | null;
  /** Part of the key: a re-enrolment after a cancellation is a new event for the same row. */
  enrolled_at: Date;
  session_day: string;
}

/** One email per enrolment row; erased rows (pseudonymous account ids) have no address anyway. */
export async function notifyEnrolments(tx: EntityManager, kind: NotificationKind, rows: NotifiedEnrolment[]): Promise<void> {
  for (const row of rows) {
    if (!row.account_id) continue;
    await notify(tx, {
      key: `enrolment:${row.id}:${kind}:${row.enrolled_at.toISOString()}`,
      kind,
      recipientSub: row.account_id,
      data: { path: TRAINING_SPACE_PATH, date: row.session_day },
    });
  }
}

/** The columns `notifyEnrolments` needs, for a RETURNING clause or a SELECT on `enrolment e`. */
export const NOTIFIED_COLUMNS = `id, account_id, enrolled_at,
  (SELECT (starts_at AT TIME ZONE 'Europe/Paris')::date::text FROM training_session WHERE training_session.id = session_id) AS session_day`;
