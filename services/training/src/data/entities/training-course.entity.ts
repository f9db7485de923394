import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type Modality = 'in_person' | 'remote' | 'hybrid';

@Entity({ name: 'training_course' })
@Check('training_course_duration_hours_check', 'duration_hours > 0')
@Check('training_course_modality_check', `modality IN ('in_person', 'remote', 'hybrid')`)
export class TrainingCourseEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

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
