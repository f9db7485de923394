// TypeORM entity of the enrolment table, with its status and attendance values (its migrations
// are the source of truth; this mirrors them for the repositories and the drift check).
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SECTORS_SQL, type Sector } from './sectors';
import { TrainingSessionEntity } from './training-session.entity';

export type EnrolmentStatus = 'requested' | 'booked' | 'waitlisted' | 'cancelled';
export type Attendance = 'unknown' | 'no_show' | 'partial' | 'full';

@Entity({ name: 'enrolment' })
@Check('enrolment_status_check', `status IN ('requested', 'booked', 'waitlisted', 'cancelled')`)
@Check('enrolment_attendance_check', `attendance IN ('unknown', 'no_show', 'partial', 'full')`)
@Check('enrolment_sector_check', `sector IN (${SECTORS_SQL})`)
@Index('enrolment_session_idx', ['sessionId', 'status'])
@Index('enrolment_one_per_account', ['sessionId', 'accountId'], { unique: true, where: 'account_id IS NOT NULL' })
// Keyset paging of a session's participants and of a person's enrolments (enrolment-pages.ts).
@Index('enrolment_session_order_idx', ['sessionId', 'enrolledAt', 'id'])
@Index('enrolment_account_order_idx', ['accountId', 'enrolledAt', 'id'], { where: 'account_id IS NOT NULL' })
@Index('enrolment_waitlist_idx', ['sessionId', 'enrolledAt'], { where: `status = 'waitlisted'` })
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => TrainingSessionEntity, { nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'enrolment_session_id_fkey' })
  session?: TrainingSessionEntity;

  /**
   * The participant's account (`sub`). Erasure replaces it with a random pseudonym shared by
   * her rows only (never null), so figures still count her once per commune.
   */
  @Column({ type: 'text', name: 'account_id', nullable: true })
  accountId: string | null;

  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Column({ type: 'text' })
  sector: Sector;

  @Column({ type: 'text' })
  status: EnrolmentStatus;

  @Column({ type: 'text', default: 'unknown' })
  attendance: Attendance;

  /** Queue position: the oldest waitlisted enrolment is promoted first (reset on re-enrolment). */
  @Column({ type: 'timestamptz', name: 'enrolled_at', default: () => 'now()' })
  enrolledAt: Date;

  /** Set by erasure: the name is gone, the row stays for the counts. */
  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}
