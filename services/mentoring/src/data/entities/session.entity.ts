// TypeORM entity of the `mentoring_session` table (migrations create it; this maps it).
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MentoringFormat } from './mentor.entity';
import { MentorshipEntity } from './mentorship.entity';

/** A meeting of the two participants; its notes are theirs alone. */
@Entity({ name: 'mentoring_session' })
@Check('mentoring_session_duration_check', 'duration_minutes BETWEEN 5 AND 600')
@Check('mentoring_session_format_check', `format IN ('IN_PERSON', 'REMOTE')`)
@Index('mentoring_session_mentorship_idx', ['mentorshipId', 'heldOn'])
export class SessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'mentorship_id' })
  mentorshipId: string;

  @ManyToOne(() => MentorshipEntity, { nullable: false })
  @JoinColumn({ name: 'mentorship_id', foreignKeyConstraintName: 'mentoring_session_mentorship_id_fkey' })
  mentorship?: MentorshipEntity;

  /** ISO date (YYYY-MM-DD). */
  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Column({ type: 'smallint', name: 'duration_minutes' })
  durationMinutes: number;

  @Column({ type: 'text' })
  format: MentoringFormat;

  @Column({ type: 'text', array: true })
  topics: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
