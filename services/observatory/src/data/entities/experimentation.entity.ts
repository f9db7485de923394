// The `experimentation` and `experimentation_commune` tables: pilot schemes and the communes they cover.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommuneEntity } from './commune.entity';

export const EXPERIMENTATION_STATUSES = ['PLANNED', 'RUNNING', 'EVALUATED', 'ENDED'] as const;
export type ExperimentationStatus = (typeof EXPERIMENTATION_STATUSES)[number];
export interface OutcomeFigure {
  label: string;
  value: number;
  unit: string | null;
}

/** An innovative scheme the observatory supports; only aggregate counts, never a person. */
@Entity({ name: 'experimentation' })
@Check('experimentation_name_check', `btrim(name) <> ''`)
@Check('experimentation_status_check', `status IN ('PLANNED', 'RUNNING', 'EVALUATED', 'ENDED')`)
@Check('experimentation_dates_check', 'end_date > start_date')
@Check('experimentation_budget_check', 'budget_euros >= 0')
@Check('experimentation_beneficiaries_check', 'beneficiaries >= 0')
@Index('experimentation_list_idx', ['published', 'name', 'id'])
@Index('experimentation_status_idx', ['status', 'name'])
export class ExperimentationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  partners: string[];

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', name: 'end_date', nullable: true })
  endDate: string | null;

  @Column({ type: 'integer', name: 'budget_euros', nullable: true })
  budgetEuros: number | null;

  @Column({ type: 'text' })
  status: ExperimentationStatus;

  @Column({ type: 'integer', nullable: true })
  beneficiaries: number | null;

  @Column({ type: 'text', name: 'evaluation_summary', nullable: true })
  evaluationSummary: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  outcomes: OutcomeFigure[];

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}

/** A commune a scheme concerns; none = the whole department. */
@Entity({ name: 'experimentation_commune' })
@Index('experimentation_commune_commune_idx', ['communeCode'])
export class ExperimentationCommuneEntity {
  @PrimaryColumn({ type: 'uuid', name: 'experimentation_id' })
  experimentationId: string;

  @ManyToOne(() => ExperimentationEntity, { nullable: false })
  @JoinColumn({ name: 'experimentation_id', foreignKeyConstraintName: 'experimentation_commune_experimentation_id_fkey' })
  experimentation?: ExperimentationEntity;

  @PrimaryColumn({ type: 'text', name: 'commune_code' })
  communeCode: string;

  @ManyToOne(() => CommuneEntity, { nullable: false })
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'experimentation_commune_commune_code_fkey' })
  commune?: CommuneEntity;
}
