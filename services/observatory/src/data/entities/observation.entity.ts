// The `observation` table: one figure per indicator, area and year, draft or published.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommuneEntity } from './commune.entity';
import { IndicatorEntity } from './indicator.entity';

export type ObservationStatus = 'DRAFT' | 'PUBLISHED';

/** One figure: indicator x area (a commune, or the department when commune_code is null) x year. */
@Entity({ name: 'observation' })
@Check('observation_period_check', `period ~ '^[0-9]{4}$'`)
@Check('observation_value_check', 'value >= 0')
@Check('observation_status_check', `status IN ('DRAFT', 'PUBLISHED')`)
@Index('observation_commune_key', ['indicatorCode', 'period', 'communeCode'], { unique: true, where: 'commune_code IS NOT NULL' })
@Index('observation_department_key', ['indicatorCode', 'period'], { unique: true, where: 'commune_code IS NULL' })
@Index('observation_commune_idx', ['communeCode', 'indicatorCode', 'period'])
export class ObservationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'indicator_code' })
  indicatorCode: string;

  @ManyToOne(() => IndicatorEntity, { nullable: false })
  @JoinColumn({ name: 'indicator_code', foreignKeyConstraintName: 'observation_indicator_code_fkey' })
  indicator?: IndicatorEntity;

  @Column({ type: 'text', name: 'commune_code', nullable: true })
  communeCode: string | null;

  @ManyToOne(() => CommuneEntity, { nullable: true })
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'observation_commune_code_fkey' })
  commune?: CommuneEntity | null;

  @Column({ type: 'text' })
  period: string;

  /** Null when the source did not disseminate the figure (SSMSI `ndiff`). */
  @Column({ type: 'double precision', nullable: true })
  value: number | null;

  @Column({ type: 'boolean', default: true })
  disseminated: boolean;

  @Column({ type: 'text', default: 'DRAFT' })
  status: ObservationStatus;

  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'uuid', name: 'import_id', nullable: true })
  importId: string | null;

  @Column({ type: 'timestamptz', name: 'imported_at', nullable: true })
  importedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  /** The rate the source printed (SSMSI `taux_pour_mille`), kept to flag a disagreement with ours. */
  @Column({ type: 'double precision', name: 'source_rate', nullable: true })
  sourceRate: number | null;

  /** Decimals the source printed its rate with: what "equal up to rounding" means for it. */
  @Column({ type: 'smallint', name: 'source_rate_decimals', nullable: true })
  sourceRateDecimals: number | null;

  /** A partner's note on the figure (partner import). */
  @Column({ type: 'text', nullable: true })
  note: string | null;
}
