// The `support_service` and `support_service_commune` tables: the support directory and the communes served.
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommuneEntity } from './commune.entity';

export const SUPPORT_SERVICE_KINDS = [
  'SHELTER',
  'LISTENING_POINT',
  'LEGAL_AID',
  'HEALTH',
  'POLICE_REFERENT',
  'ASSOCIATION',
  'HELPLINE',
  'DAY_CENTRE',
  'OTHER',
] as const;
export type SupportServiceKind = (typeof SUPPORT_SERVICE_KINDS)[number];

/** An entry of the directory of help. Communes served are in `support_service_commune`. */
@Entity({ name: 'support_service' })
@Check('support_service_name_check', `btrim(name) <> ''`)
@Check(
  'support_service_kind_check',
  `kind IN ('SHELTER', 'LISTENING_POINT', 'LEGAL_AID', 'HEALTH', 'POLICE_REFERENT', 'ASSOCIATION', 'HELPLINE', 'DAY_CENTRE', 'OTHER')`,
)
@Index('support_service_name_search_idx', ['nameSearch', 'id'])
@Index('support_service_kind_idx', ['kind', 'nameSearch'])
@Check('support_service_postal_code_check', `postal_code ~ '^[0-9]{5}$'`)
export class SupportServiceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** `name` lower-cased without accents (written by the application): the search and sort key. */
  @Column({ type: 'text', name: 'name_search' })
  nameSearch: string;

  @Column({ type: 'text' })
  kind: SupportServiceKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  hours: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  accessibility: string | null;

  /** Confidential for a SHELTER: only readers with `directory:confidential` get it. */
  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** Part of the address: confidential for a SHELTER like it. */
  @Column({ type: 'text', name: 'postal_code', nullable: true })
  postalCode: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}

/** A commune a service serves; a service without rows here serves the whole department. */
@Entity({ name: 'support_service_commune' })
@Index('support_service_commune_commune_idx', ['communeCode'])
export class SupportServiceCommuneEntity {
  @PrimaryColumn({ type: 'uuid', name: 'support_service_id' })
  supportServiceId: string;

  @ManyToOne(() => SupportServiceEntity, { nullable: false })
  @JoinColumn({ name: 'support_service_id', foreignKeyConstraintName: 'support_service_commune_support_service_id_fkey' })
  supportService?: SupportServiceEntity;

  @PrimaryColumn({ type: 'text', name: 'commune_code' })
  communeCode: string;

  @ManyToOne(() => CommuneEntity, { nullable: false })
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'support_service_commune_commune_code_fkey' })
  commune?: CommuneEntity;
}
