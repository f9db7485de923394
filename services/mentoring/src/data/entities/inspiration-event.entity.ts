// TypeORM entities of `inspiration_event` and its speakers (migrations create them; these map them).
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MentorEntity } from './mentor.entity';

/** A public talk by mentors in a school or a commune. */
@Entity({ name: 'inspiration_event' })
@Check('inspiration_event_commune_code_check', `commune_code ~ '^92[0-9]{3}$'`)
@Check('inspiration_event_audience_check', 'audience_count >= 0')
@Index('inspiration_event_held_on_idx', ['heldOn', 'id'])
@Index('inspiration_event_commune_idx', ['communeCode', 'heldOn'])
export class InspirationEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Column({ type: 'text', name: 'commune_code' })
  communeCode: string;

  @Column({ type: 'integer', name: 'audience_count' })
  audienceCount: number;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

@Entity({ name: 'inspiration_event_speaker' })
@Index('inspiration_event_speaker_mentor_idx', ['mentorId'])
export class InspirationEventSpeakerEntity {
  @PrimaryColumn({ type: 'uuid', name: 'event_id' })
  eventId: string;

  @PrimaryColumn({ type: 'uuid', name: 'mentor_id' })
  mentorId: string;

  @ManyToOne(() => InspirationEventEntity, { nullable: false })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'inspiration_event_speaker_event_id_fkey' })
  event?: InspirationEventEntity;

  @ManyToOne(() => MentorEntity, { nullable: false })
  @JoinColumn({ name: 'mentor_id', foreignKeyConstraintName: 'inspiration_event_speaker_mentor_id_fkey' })
  mentor?: MentorEntity;
}
