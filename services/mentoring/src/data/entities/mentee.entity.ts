// TypeORM entity of the `mentee` table (migrations create it; this maps it).
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { MentoringFormat } from './mentor.entity';

export type MenteeStatus = 'applied' | 'accepted' | 'matched' | 'alumna' | 'withdrawn';

@Entity({ name: 'mentee' })
@Check('mentee_commune_code_check', `commune_code ~ '^92[0-9]{3}$'`)
@Check('mentee_status_check', `status IN ('applied', 'accepted', 'matched', 'alumna', 'withdrawn')`)
@Check('mentee_formats_check', `formats <@ ARRAY['IN_PERSON', 'REMOTE']::text[]`)
@Unique('mentee_account_id_key', ['accountId'])
@Index('mentee_commune_idx', ['communeCode', 'status'])
@Index('mentee_status_idx', ['status', 'id'])
export class MenteeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'account_id', nullable: true })
  accountId: string | null;

  @Column({ type: 'text', name: 'first_name' })
  firstName: string;

  /** Null once erased. */
  @Column({ type: 'smallint', name: 'birth_year', nullable: true })
  birthYear: number | null;

  @Column({ type: 'text', name: 'commune_code' })
  communeCode: string;

  @Column({ type: 'text', default: '' })
  situation: string;

  @Column({ type: 'text', name: 'project_summary', default: '' })
  projectSummary: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  interests: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  formats: MentoringFormat[];

  @Column({ type: 'text', default: '' })
  availability: string;

  /** Languages she speaks (matching favours a shared one). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text' })
  status: MenteeStatus;

  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
