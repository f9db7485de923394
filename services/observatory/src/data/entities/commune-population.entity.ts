// The `commune_population` table: a commune's population municipale per INSEE vintage, with where
// each figure came from (a package release, an SSMSI file, an INSEE file), so every rate can say
// which population it used.
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommuneEntity } from './commune.entity';

@Entity({ name: 'commune_population' })
@Check('commune_population_vintage_check', 'vintage BETWEEN 1990 AND 2100')
@Check('commune_population_population_check', 'population > 0')
export class CommunePopulationEntity {
  @PrimaryColumn({ type: 'text', name: 'commune_code', primaryKeyConstraintName: 'commune_population_pkey' })
  communeCode: string;

  @ManyToOne(() => CommuneEntity, { nullable: false })
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'commune_population_commune_code_fkey' })
  commune?: CommuneEntity;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'commune_population_pkey' })
  vintage: number;

  @Column({ type: 'integer' })
  population: number;

  /** The figure's origin: a package release, an SSMSI import, an INSEE populations légales import. */
  @Column({ type: 'text' })
  source: string;

  @Column({ type: 'uuid', name: 'import_id', nullable: true })
  importId: string | null;

  @Column({ type: 'timestamptz', name: 'imported_at', nullable: true })
  importedAt: Date | null;
}
