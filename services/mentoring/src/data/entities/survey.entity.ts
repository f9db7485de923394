// TypeORM entity of the `satisfaction_survey` table (migrations create it; this maps it).
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { MentorshipEntity } from './mentorship.entity';

export type Respondent = 'MENTOR' | 'MENTEE';

/** End-of-mentorship satisfaction: one answer per participant. */
@Entity({ name: 'satisfaction_survey' })
@Check('satisfaction_survey_respondent_check', `respondent IN ('MENTOR', 'MENTEE')`)
@Check('satisfaction_survey_rating_check', 'rating BETWEEN 1 AND 5')
@Unique('satisfaction_survey_one_per_respondent', ['mentorshipId', 'respondent'])
export class SurveyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'mentorship_id' })
  mentorshipId: string;

  @ManyToOne(() => MentorshipEntity, { nullable: false })
  @JoinColumn({ name: 'mentorship_id', foreignKeyConstraintName: 'satisfaction_survey_mentorship_id_fkey' })
  mentorship?: MentorshipEntity;

  @Column({ type: 'text' })
  respondent: Respondent;

  @Column({ type: 'smallint' })
  rating: number;

  @Column({ type: 'boolean', name: 'would_recommend' })
  wouldRecommend: boolean;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @Column({ type: 'timestamptz', name: 'submitted_at', default: () => 'now()' })
  submittedAt: Date;
}
