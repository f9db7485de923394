// A person's right to erasure in training: what leaves her rows, what stays counted, in one
// audited transaction (mentoring and the observatory erase their own data).
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { recordAudit, writeErasureReceipt, type ErasureReceiptRecord, type SubgraphContextBase } from '@equality-graph/service-kit';
import { eraseNotifications } from '@equality-graph/notifications';
import { newVerificationCode } from './certificates';
import { lockSession, promoteWaitlisted } from './enrolments';

/** What an erasure removed, for `deleteMyTrainingData` and its audit row. */
export interface TrainingErasureResult {
  enrolmentsErased: number;
  certificatesErased: number;
  sessionsErased: number;
  receipt: ErasureReceiptRecord;
}

export const SERVICE = 'training';

/** Kept in place of a name: the columns stay NOT NULL and lists still show that someone was there. */
export const ERASED = '(erased)';

/**
 * Right to erasure in training. Her name leaves her enrolments and certificates; her account id
 * is replaced by a random pseudonym shared by her rows only, so that every figure still counts
 * her exactly once per commune (a null would count her once per enrolment) while nothing links
 * the rows to her any more. Her certificates get a fresh code nobody holds, so a check of the
 * old one answers as for a code that never existed. Places on sessions not yet held are given
 * up (the seat goes to the waitlist). Sessions she taught lose her name and link, and any
 * cancellation reason (often about the trainer); reasons she wrote on sessions she cancelled go
 * too, from the sessions and from their audit rows. One transaction; audited with counts only.
 */
export async function eraseAccount(db: DataSource, context: SubgraphContextBase, sub: string): Promise<TrainingErasureResult> {
  return db.transaction(async (tx) => {
    const live: { session_id: string }[] = await tx.query(
      `SELECT DISTINCT e.session_id FROM enrolment e JOIN training_session s ON s.id = e.session_id
        WHERE e.account_id = $1 AND e.status IN ('booked', 'waitlisted', 'requested') AND s.status = 'scheduled'
        ORDER BY e.session_id`,
      [sub],
    );
    // Session locks in id order, the lock every enrolment change takes, so seats stay right.
    for (const { session_id: sessionId } of live) {
      const session = await lockSession(tx, sessionId);
      await tx.query(
        `UPDATE enrolment SET status = 'cancelled' WHERE session_id = $1 AND account_id = $2 AND status IN ('booked', 'waitlisted', 'requested')`,
        [sessionId, sub],
      );
      await promoteWaitlisted(tx, session);
    }

    const pseudonym = `erased:${randomUUID()}`;
    const [, enrolmentsErased]: [unknown[], number] = await tx.query(
      `UPDATE enrolment SET account_id = $2, display_name = $3, erased_at = now() WHERE account_id = $1`,
      [sub, pseudonym, ERASED],
    );
    const certificates: { id: string }[] = await tx.query('SELECT id FROM certificate WHERE account_id = $1 FOR UPDATE', [sub]);
    if (certificates.length > 0) {
      await tx.query(
        `UPDATE certificate SET account_id = $2, holder_name = $3, verification_code = n.code, erased_at = now()
           FROM unnest($1::uuid[], $4::text[]) AS n(id, code) WHERE certificate.id = n.id`,
        [certificates.map((c) => c.id), pseudonym, ERASED, certificates.map(() => newVerificationCode())],
      );
    }

    const [taught]: [{ id: string }[], number] = await tx.query(
      `UPDATE training_session SET trainer_account_id = NULL, trainer_name = NULL, cancellation_reason = NULL
        WHERE trainer_account_id = $1 RETURNING id`,
      [sub],
    );
    const [cancelledByHer]: [{ id: string }[], number] = await tx.query(
      `UPDATE training_session SET cancellation_reason = NULL
        WHERE cancellation_reason IS NOT NULL
          AND id::text IN (SELECT subject_id FROM audit_log WHERE action = 'session.cancel' AND actor_sub = $1)
        RETURNING id`,
      [sub],
    );
    const sessions = [...new Set([...taught, ...cancelledByHer].map((s) => s.id))];
    if (sessions.length > 0) {
      await tx.query(`UPDATE audit_log SET details = details - 'reason' WHERE action = 'session.cancel' AND subject_id = ANY($1::text[])`, [
        sessions,
      ]);
    }

    // Her address and muted kinds go; emails not yet sent to her are cancelled.
    const notifications = await eraseNotifications(tx, sub);
    const counts = { enrolmentsErased, certificatesErased: certificates.length, sessionsErased: sessions.length };
    const receipt = await writeErasureReceipt(tx, SERVICE, sub, {
      enrolments: counts.enrolmentsErased,
      certificates: counts.certificatesErased,
      sessions: counts.sessionsErased,
      notifications,
    });
    const result = { ...counts, receipt };
    await recordAudit(tx, context, [
      {
        action: 'training.erase',
        subjectType: 'Account',
        subjectId: sub,
        details: { enrolments: result.enrolmentsErased, certificates: result.certificatesErased, sessions: result.sessionsErased },
      },
    ]);
    return result;
  });
}
