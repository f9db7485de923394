// TypeORM entity of the training_session table, with its statuses (its migrations are the source
// of truth; this mirrors them for the repositories and the drift check).
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrainingCourseEntity } from './training-course.entity';

export type SessionStatus = 'scheduled' | 'cancelled' | 'completed';

@Entity({ name: 'training_session' })
@Check('training_session_commune_code_check', `commune_code ~ '^92[0-9]{3}$'`)
@Check('training_session_capacity_check', 'capacity > 0')
@Check('training_session_status_check', `status IN ('scheduled', 'cancelled', 'completed')`)
@Check('training_session_ends_after_start', 'ends_at > starts_at')
@Index('training_session_commune_idx', ['communeCode', 'status'])
@Index('training_session_starts_idx', ['startsAt'])
@Index('training_session_course_idx', ['courseId', 'startsAt'])
@Index('training_session_commune_starts_idx', ['communeCode', 'startsAt'])
@Index('training_session_trainer_idx', ['trainerAccountId'], { where: 'trainer_account_id IS NOT NULL' })
export class TrainingSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'course_id' })
  courseId: string;

  @ManyToOne(() => TrainingCourseEntity, { nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'training_session_course_id_fkey' })
  course?: TrainingCourseEntity;

  @Column({ type: 'text', name: 'commune_code' })
  communeCode: string;

  @Column({ type: 'timestamptz', name: 'starts_at' })
  startsAt: Date;

  @Column({ type: 'timestamptz', name: 'ends_at' })
  endsAt: Date;

  @Column({ type: 'smallint' })
  capacity: number;

  @Column({ type: 'text' })
  status: SessionStatus;

  /** Address or room; null for a remote session. */
  @Column({ type: 'text', nullable: true })
  venue: string | null;

  /** The trainer's account (`sub`): she alone, with coordinators, sees the list and records attendance. */
  @Column({ type: 'text', name: 'trainer_account_id', nullable: true })
  trainerAccountId: string | null;

  @Column({ type: 'text', name: 'trainer_name', nullable: true })
  trainerName: string | null;

  /** Set by cancelSession (older demo rows may be cancelled without it). */
  @Column({ type: 'timestamptz', name: 'cancelled_at', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', name: 'cancellation_reason', nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}
