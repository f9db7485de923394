// TypeORM entity of the awareness_action table (its migrations are the source of truth;
// this mirrors them for the repositories and the drift check).
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AwarenessFormat = 'school_talk' | 'stand' | 'webinar' | 'conference' | 'workshop';

/** A public awareness action: only a head count, never who attended. */
@Entity({ name: 'awareness_action' })
@Check('awareness_action_commune_code_check', `commune_code ~ '^92[0-9]{3}$'`)
@Check('awareness_action_format_check', `format IN ('school_talk', 'stand', 'webinar', 'conference', 'workshop')`)
@Check('awareness_action_participant_count_check', 'participant_count >= 0')
@Index('awareness_action_held_on_idx', ['heldOn', 'id'])
@Index('awareness_action_commune_idx', ['communeCode', 'heldOn'])
export class AwarenessActionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'date', name: 'held_on' })
  heldOn: string;

  @Column({ type: 'text', name: 'commune_code' })
  communeCode: string;

  @Column({ type: 'text' })
  format: AwarenessFormat;

  @Column({ type: 'integer', name: 'participant_count' })
  participantCount: number;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}
