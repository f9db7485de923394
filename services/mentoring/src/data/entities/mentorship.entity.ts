// TypeORM entity of the `mentorship` table (migrations create it; this maps it).
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MenteeEntity } from './mentee.entity';
import { MentorEntity } from './mentor.entity';

export type MentorshipStatus = 'proposed' | 'active' | 'completed' | 'ended' | 'declined';

@Entity({ name: 'mentorship' })
@Check('mentorship_status_check', `status IN ('proposed', 'active', 'completed', 'ended', 'declined')`)
@Index('mentorship_mentor_idx', ['mentorId', 'status'])
@Index('mentorship_mentee_idx', ['menteeId', 'status'])
/** A mentee has at most one active mentorship, whatever the concurrency. */
@Index('mentorship_one_active_per_mentee', ['menteeId'], { unique: true, where: `status = 'active'` })
@Index('mentorship_one_open_per_pair', ['mentorId', 'menteeId'], { unique: true, where: `status IN ('proposed', 'active')` })
export class MentorshipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'mentor_id' })
  mentorId: string;

  @Column({ type: 'uuid', name: 'mentee_id' })
  menteeId: string;

  @ManyToOne(() => MentorEntity, { nullable: false })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'mentorship_mentor_id_fkey' })
  mentor?: MentorEntity;

  @ManyToOne(() => MenteeEntity, { nullable: false })
  @JoinColumn({ name: 'mentee_id', foreignKeyConstraintName: 'mentorship_mentee_id_fkey' })
  mentee?: MenteeEntity;

  @Column({ type: 'text' })
  status: MentorshipStatus;

  @Column({ type: 'timestamptz', name: 'proposed_at', default: () => 'now()' })
  proposedAt: Date;

  @Column({ type: 'timestamptz', name: 'mentor_accepted_at', nullable: true })
  mentorAcceptedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'mentee_accepted_at', nullable: true })
  menteeAcceptedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'ended_at', nullable: true })
  endedAt: Date | null;

  @Column({ type: 'text', name: 'end_reason', nullable: true })
  endReason: string | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
