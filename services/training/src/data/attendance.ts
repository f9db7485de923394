// Recording who attended a completed session, and issuing or revoking certificates with it:
// one transaction under the session's lock, apart from enrolments.ts which books the seats.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badArgument, bulkInsert, byKeys, conflict, isUuid } from '@equality-graph/service-kit';
import type { Attendance, TrainingSessionEntity } from './entities';
import { newVerificationCode } from './certificates';
import { lockSessionFor } from './sessions';
import { NOTIFIED_COLUMNS, notifyEnrolments, type NotifiedEnrolment } from './training-notifications';

export interface AttendanceMark {
  enrolmentId: string;
  attendance: Attendance;
}

/**
 * Records attendance of booked participants on a completed session, in one transaction:
 * FULL issues a certificate (once), anything else revokes one issued earlier.
 * `mayTeach` is the row-level rule (the session's trainer or a coordinator).
 */
export async function recordAttendance(
  db: DataSource,
  sessionId: string,
  marks: readonly AttendanceMark[],
  mayTeach: (session: TrainingSessionEntity) => boolean,
): Promise<TrainingSessionEntity> {
  const ids = marks.map((m) => m.enrolmentId);
  if (new Set(ids).size !== ids.length) throw badArgument('attendance', 'holds an enrolment twice');
  if (!ids.every(isUuid)) throw badArgument('attendance', 'holds an enrolment that is not on this session');
  return db.transaction(async (tx) => {
    // Not hers answers as not there (not-found.ts).
    const session = await lockSessionFor(tx, sessionId, mayTeach);
    if (session.status !== 'completed') throw conflict('Attendance is recorded once the session is completed');
    const rows: { id: string; status: string; account_id: string | null; display_name: string }[] = await tx.query(
      'SELECT id, status, account_id, display_name FROM enrolment WHERE session_id = $1 AND id = ANY($2::uuid[])',
      [session.id, ids],
    );
    // Every mark's enrolment must be a booked one of this session; the FULL ones get a certificate.
    const found = byKeys(ids, rows, (row) => row.id);
    const full: typeof rows = [];
    marks.forEach(({ enrolmentId: id, attendance }, index) => {
      const row = found[index];
      if (!row) throw badArgument('attendance', `holds enrolment ${id}, which is not on this session`);
      if (row.status !== 'booked') throw badArgument('attendance', `holds enrolment ${id}, which is ${row.status}, not booked`);
      if (attendance === 'full') full.push(row);
    });
    if (marks.length === 0) return session;
    await tx.query(
      `UPDATE enrolment SET attendance = m.attendance
         FROM unnest($1::uuid[], $2::text[]) AS m(id, attendance) WHERE enrolment.id = m.id`,
      [ids, marks.map((m) => m.attendance)],
    );
    const notFull = marks.filter((m) => m.attendance !== 'full').map((m) => m.enrolmentId);
    if (notFull.length) await tx.query('DELETE FROM certificate WHERE enrolment_id = ANY($1::uuid[])', [notFull]);
    const [{ completed_on }]: { completed_on: string }[] = await tx.query(
      `SELECT (($1::timestamptz) AT TIME ZONE 'Europe/Paris')::date::text AS completed_on`,
      [session.endsAt],
    );
    await bulkInsert(
      tx,
      'certificate',
      ['id', 'enrolment_id', 'course_id', 'account_id', 'holder_name', 'completed_on', 'verification_code'],
      full.map((e) => [randomUUID(), e.id, session.courseId, e.account_id, e.display_name, completed_on, newVerificationCode()]),
      'ON CONFLICT (enrolment_id) DO NOTHING',
    );
    if (full.length > 0) {
      const issued: NotifiedEnrolment[] = await tx.query(`SELECT ${NOTIFIED_COLUMNS} FROM enrolment WHERE id = ANY($1::uuid[])`, [
        full.map((e) => e.id),
      ]);
      await notifyEnrolments(tx, 'training.certificate-issued', issued);
    }
    return session;
  });
}
