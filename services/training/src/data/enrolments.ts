// Booking and cancelling a place: the session lock that keeps capacity right, the waitlist
// promotion, and the enrolment transactions that use them.
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, isUuid, notFound, recordAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { rememberAddress } from '@equality-graph/notifications';
import { EnrolmentEntity, type Sector } from './entities';
import { NO_SUCH_ENROLMENT, NO_SUCH_SESSION } from './not-found';
import { NOTIFIED_COLUMNS, notifyEnrolments, type NotifiedEnrolment } from './training-notifications';

export interface EnrolmentRequest {
  sessionId: string;
  accountId: string;
  displayName: string;
  sector: Sector;
  /** Her address for training's emails, kept when she has none yet. */
  email?: string | null;
}

export interface LockedSession {
  id: string;
  capacity: number;
  status: string;
  starts_at: Date;
  published: boolean;
}

/**
 * Every change to a session's seats holds the session row's lock (SELECT ... FOR UPDATE),
 * so concurrent enrolments and cancellations are serialised and capacity always holds.
 */
export async function lockSession(tx: EntityManager, sessionId: string): Promise<LockedSession> {
  const [session]: LockedSession[] = isUuid(sessionId)
    ? await tx.query(
        `SELECT s.id, s.capacity, s.status, s.starts_at, c.published
           FROM training_session s JOIN training_course c ON c.id = s.course_id
          WHERE s.id = $1 FOR UPDATE OF s`,
        [sessionId],
      )
    : [];
  if (!session) throw notFound(NO_SUCH_SESSION);
  return session;
}

/** BOOKED while a seat is left, WAITLISTED after; a cancelled enrolment is reopened, not duplicated. */
export async function enrol(db: DataSource, request: EnrolmentRequest): Promise<EnrolmentEntity> {
  return db.transaction(async (tx) => {
    const session = await lockSession(tx, request.sessionId);
    // A session of an unpublished course is invisible to the public: nothing to enrol in.
    if (!session.published) throw notFound(NO_SUCH_SESSION);
    if (session.status !== 'scheduled') throw conflict(`The session is ${session.status}`);
    if (session.starts_at.getTime() <= Date.now()) throw conflict('The session has already started');
    const [{ booked }]: { booked: number }[] = await tx.query(
      `SELECT count(*)::int AS booked FROM enrolment WHERE session_id = $1 AND status = 'booked'`,
      [session.id],
    );
    const status = booked < session.capacity ? 'booked' : 'waitlisted';
    // clock_timestamp(), not now(): the queue follows the order in which the lock was obtained.
    const rows: NotifiedEnrolment[] = await tx.query(
      `INSERT INTO enrolment (id, session_id, account_id, display_name, sector, status, enrolled_at)
       VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())
       ON CONFLICT (session_id, account_id) WHERE account_id IS NOT NULL DO UPDATE
         SET display_name = EXCLUDED.display_name, sector = EXCLUDED.sector, status = EXCLUDED.status,
             enrolled_at = EXCLUDED.enrolled_at, attendance = 'unknown'
       WHERE enrolment.status = 'cancelled'
       RETURNING ${NOTIFIED_COLUMNS}`,
      [randomUUID(), session.id, request.accountId, request.displayName, request.sector, status],
    );
    if (rows.length === 0) throw conflict('You are already enrolled in this session');
    if (request.email) await rememberAddress(tx, request.accountId, request.email);
    // A waitlisted place is confirmed by email when it is promoted, not now.
    if (status === 'booked') await notifyEnrolments(tx, 'training.enrolment-confirmed', rows);
    return tx.getRepository(EnrolmentEntity).findOneByOrFail({ id: rows[0].id });
  });
}

/** Books the oldest waitlisted enrolments into the seats left (none when the session is full). */
export async function promoteWaitlisted(tx: EntityManager, session: LockedSession): Promise<void> {
  const [promoted]: [NotifiedEnrolment[], number] = await tx.query(
    `UPDATE enrolment SET status = 'booked'
      WHERE id IN (SELECT id FROM enrolment
                    WHERE session_id = $1 AND status = 'waitlisted'
                    ORDER BY enrolled_at, id
                    LIMIT greatest(0, $2 - (SELECT count(*) FROM enrolment WHERE session_id = $1 AND status = 'booked')))
      RETURNING ${NOTIFIED_COLUMNS}`,
    [session.id, session.capacity],
  );
  await notifyEnrolments(tx, 'training.waitlist-promoted', promoted);
}

/**
 * Cancels an enrolment of a scheduled session; a freed seat goes to the oldest waitlisted.
 * `mayCancel` is the row-level rule (her own, or a coordinator); someone else's enrolment is
 * answered as an unknown one, and a coordinator cancelling it is audited (she reads the name).
 */
export async function cancelEnrolment(
  db: DataSource,
  context: SubgraphContextBase,
  id: string,
  mayCancel: (enrolment: EnrolmentEntity) => boolean,
): Promise<EnrolmentEntity> {
  return db.transaction(async (tx) => {
    const repository = tx.getRepository(EnrolmentEntity);
    const found = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!found || !mayCancel(found)) throw notFound(NO_SUCH_ENROLMENT);
    const session = await lockSession(tx, found.sessionId);
    // Read again under the lock: a concurrent cancellation may have won.
    const enrolment = await repository.findOneByOrFail({ id });
    if (enrolment.status === 'cancelled') throw conflict('The enrolment is already cancelled');
    if (session.status !== 'scheduled') throw conflict(`The session is ${session.status}`);
    await repository.update({ id }, { status: 'cancelled' });
    if (enrolment.status === 'booked') await promoteWaitlisted(tx, session);
    if (enrolment.accountId !== context.identity.sub) {
      await recordAudit(tx, context, [{ action: 'enrolment.cancel', subjectType: 'Enrolment', subjectId: id }]);
    }
    return { ...enrolment, status: 'cancelled' };
  });
}
