import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type MenteeStatus = 'applied' | 'accepted' | 'matched' | 'alumna' | 'withdrawn';

@Entity({ name: 'mentee' })
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

  @Column({ type: 'boolean' })
  fictitious: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
