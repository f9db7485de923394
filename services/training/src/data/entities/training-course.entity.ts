// TypeORM entity of the training_course table, with its modalities (its migrations are the
// source of truth; this mirrors them for the repositories and the drift check).
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SECTORS_SQL, type Sector } from './sectors';

export type Modality = 'in_person' | 'remote' | 'hybrid';

@Entity({ name: 'training_course' })
@Check('training_course_duration_hours_check', 'duration_hours > 0')
@Check('training_course_duration_hours_max', 'duration_hours <= 200')
@Check('training_course_title_check', `btrim(title) <> ''`)
@Check('training_course_modality_check', `modality IN ('in_person', 'remote', 'hybrid')`)
@Check('training_course_target_sectors_check', `target_sectors <@ ARRAY[${SECTORS_SQL}]::text[]`)
@Index('training_course_title_idx', ['title', 'id'], { where: 'published' })
@Index('training_course_manage_title_idx', ['title', 'id'])
// GIN (for `target_sectors @> ARRAY[...]`): TypeORM cannot describe the method, so it leaves it alone.
@Index('training_course_target_sectors_idx', { synchronize: false })
export class TrainingCourseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  objectives: string[];

  @Column({ type: 'text', name: 'target_sectors', array: true, default: () => "'{}'" })
  targetSectors: Sector[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'numeric', name: 'duration_hours', precision: 5, scale: 1 })
  durationHours: string;

  @Column({ type: 'text' })
  modality: Modality;

  /** The awareness course every mentor is asked to follow. */
  @Column({ type: 'boolean', name: 'mentor_awareness', default: false })
  mentorAwareness: boolean;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}
