// The `publication` table: the observatory's reports (the `Publication` type).
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A report of the observatory. */
@Entity({ name: 'publication' })
@Check('publication_title_check', `btrim(title) <> ''`)
@Check('publication_year_check', 'year BETWEEN 1990 AND 2100')
@Check('publication_url_check', `url ~ '^https://'`)
@Index('publication_list_idx', ['published', 'year', 'id'])
export class PublicationEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'boolean', default: false })
  published: boolean;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}
