import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

export type MenteeStatus = 'applied' | 'accepted' | 'matched' | 'alumna' | 'withdrawn';

@Entity({ name: 'mentee' })
@Check('mentee_commune_code_check', `commune_code ~ '^92[0-9]{3}$'`)
@Check('mentee_status_check', `status IN ('applied', 'accepted', 'matched', 'alumna', 'withdrawn')`)
@Unique('mentee_account_id_key', ['accountId'])
@Index('mentee_commune_idx', ['communeCode', 'status'])
export class MenteeEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text', name: 'account_id', nullable: true })
  accountId: string | null;

  @Column({ type: 'text', name: 'first_name' })
  firstName: string;

  @Column({ type: 'smallint', name: 'birth_year' })
  birthYear: number;

  @Column({ type: 'text', name: 'commune_code' })
  communeCode: string;

  @Column({ type: 'text' })
  status: MenteeStatus;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
