// Cancelling a scheduled session with its live enrolments, in one audited transaction under the
// session's lock (kept apart from sessions.ts, which schedules and completes).
import type { DataSource } from 'typeorm';
import { conflict, recordAudit, requiredText, type SubgraphContextBase } from '@equality-graph/service-kit';
import type { TrainingSessionEntity } from './entities';
import { TEXT_LIMITS } from './argument-checks';
import { lockSessionFor } from './sessions';
import { NOTIFIED_COLUMNS, notifyEnrolments, type NotifiedEnrolment } from './training-notifications';

/**
 * Cancels a scheduled session: in one transaction, holding the session row's lock (the lock
 * every enrolment and enrolment cancellation takes, so none can slip in between), the session
 * becomes CANCELLED and every live enrolment (booked, waitlisted, requested) is cancelled.
 * `mayCancel` is the row-level rule (its trainer or a coordinator), checked on the locked row.
 */
export async function cancelSession(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  reason: string,
  mayCancel: (session: TrainingSessionEntity) => boolean,
): Promise<TrainingSessionEntity> {
  const why = requiredText(reason, 'reason', TEXT_LIMITS.reason);
  return db.transaction(async (tx) => {
    // Not hers answers as not there: a trainer must not learn which ids exist.
    const session = await lockSessionFor(tx, id, mayCancel);
    if (session.status !== 'scheduled') throw conflict(`The session is already ${session.status}`);
    // TypeORM answers an UPDATE with [returned rows, affected count].
    const [[{ cancelled_at: cancelledAt }]]: [{ cancelled_at: Date }[], number] = await tx.query(
      `UPDATE training_session SET status = 'cancelled', cancelled_at = clock_timestamp(), cancellation_reason = $2
        WHERE id = $1 RETURNING cancelled_at`,
      [id, why],
    );
    const [cancelled, cancelledEnrolments]: [NotifiedEnrolment[], number] = await tx.query(
      `UPDATE enrolment SET status = 'cancelled' WHERE session_id = $1 AND status IN ('booked', 'waitlisted', 'requested')
       RETURNING ${NOTIFIED_COLUMNS}`,
      [id],
    );
    await notifyEnrolments(tx, 'training.session-cancelled', cancelled);
    await recordAudit(tx, context, [
      { action: 'session.cancel', subjectType: 'TrainingSession', subjectId: id, details: { reason: why, cancelledEnrolments } },
    ]);
    return { ...session, status: 'cancelled', cancelledAt, cancellationReason: why };
  });
}
