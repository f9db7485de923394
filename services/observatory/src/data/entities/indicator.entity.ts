// The `indicator` table: what each published figure measures (the `Indicator` entity).
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export type GeographicLevel = 'COMMUNE' | 'DEPARTMENT' | 'COURT';
export type Periodicity = 'YEAR' | 'STOCK_AT_DATE';

/** Reference data, loaded by migration (DESIGN.md 8.2). */
@Entity({ name: 'indicator' })
@Check('indicator_code_check', `code ~ '^[A-Z0-9_]+$'`)
@Check('indicator_geographic_level_check', `geographic_level IN ('COMMUNE', 'DEPARTMENT', 'COURT')`)
@Check('indicator_periodicity_check', `periodicity IN ('YEAR', 'STOCK_AT_DATE')`)
export class IndicatorEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'text' })
  theme: string;

  @Column({ type: 'text' })
  definition: string;

  @Column({ type: 'text', name: 'source_organisation' })
  sourceOrganisation: string;

  @Column({ type: 'text', name: 'geographic_level' })
  geographicLevel: GeographicLevel;

  @Column({ type: 'text' })
  periodicity: Periodicity;
}
