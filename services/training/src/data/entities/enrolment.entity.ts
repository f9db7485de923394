import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrainingSessionEntity } from './training-session.entity';

export type EnrolmentStatus = 'requested' | 'booked' | 'waitlisted' | 'cancelled';
export type Attendance = 'unknown' | 'no_show' | 'partial' | 'full';

@Entity({ name: 'enrolment' })
@Check('enrolment_status_check', `status IN ('requested', 'booked', 'waitlisted', 'cancelled')`)
@Check('enrolment_attendance_check', `attendance IN ('unknown', 'no_show', 'partial', 'full')`)
@Index('enrolment_session_idx', ['sessionId', 'status'])
@Index('enrolment_one_per_account', ['sessionId', 'accountId'], { unique: true, where: 'account_id IS NOT NULL' })
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  @ManyToOne(() => TrainingSessionEntity, { nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'enrolment_session_id_fkey' })
  session?: TrainingSessionEntity;

  /** The participant's account (`sub`); null once erased. */
  @Column({ type: 'text', name: 'account_id', nullable: true })
  accountId: string | null;

  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Column({ type: 'text' })
  sector: string;

  @Column({ type: 'text' })
  status: EnrolmentStatus;

  @Column({ type: 'text', default: 'unknown' })
  attendance: Attendance;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}
