// TypeORM entity of the `goal` table (migrations create it; this maps it).
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MentorshipEntity } from './mentorship.entity';

export type GoalStatus = 'OPEN' | 'IN_PROGRESS' | 'ACHIEVED' | 'DROPPED';
export interface Milestone {
  title: string;
  done: boolean;
}

/** A goal of a mentorship; its few milestones live with it (always read and written together). */
@Entity({ name: 'goal' })
@Check('goal_status_check', `status IN ('OPEN', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED')`)
@Index('goal_mentorship_idx', ['mentorshipId'])
export class GoalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'mentorship_id' })
  mentorshipId: string;

  @ManyToOne(() => MentorshipEntity, { nullable: false })
  @JoinColumn({ name: 'mentorship_id', foreignKeyConstraintName: 'goal_mentorship_id_fkey' })
  mentorship?: MentorshipEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  status: GoalStatus;

  @Column({ type: 'jsonb' })
  milestones: Milestone[];

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
