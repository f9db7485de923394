import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SessionStatus = 'scheduled' | 'cancelled' | 'completed';

@Entity({ name: 'training_session' })
export class TrainingSessionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'course_id' })
  courseId: string;

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

  @Column({ type: 'boolean' })
  fictitious: boolean;
}
