import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'commune' })
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
