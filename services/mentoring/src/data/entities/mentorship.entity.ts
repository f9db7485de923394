import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type MentorshipStatus = 'proposed' | 'active' | 'completed' | 'ended' | 'declined';

@Entity({ name: 'mentorship' })
export class MentorshipEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'mentor_id' })
  mentorId: string;

  @Column({ type: 'uuid', name: 'mentee_id' })
  menteeId: string;

  @Column({ type: 'text' })
  status: MentorshipStatus;

  @Column({ type: 'boolean' })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
