// The `commune` table: the 36 communes of the department and their population (the `Commune` entity).
import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

@Entity({ name: 'commune' })
@Check('commune_code_check', `code ~ '^92[0-9]{3}$'`)
@Check('commune_population_check', 'population >= 0')
@Unique('commune_name_key', ['name'])
export class CommuneEntity {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  population: number;

  @Column({ type: 'smallint', name: 'population_year' })
  populationYear: number;
}
