// TypeORM entity of the certificate table (its migrations are the source of truth;
// this mirrors them for the repositories and the drift check).
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, Unique } from 'typeorm';
import { EnrolmentEntity } from './enrolment.entity';
import { TrainingCourseEntity } from './training-course.entity';

/** Issued for a full attendance; deleted (revoked) if that attendance is corrected. */
@Entity({ name: 'certificate' })
@Unique('certificate_enrolment_unique', ['enrolmentId'])
@Unique('certificate_verification_code_unique', ['verificationCode'])
@Check('certificate_verification_code_check', `verification_code ~ '^[A-Z2-7]{32}$'`)
@Index('certificate_account_idx', ['accountId'], { where: 'account_id IS NOT NULL' })
export class CertificateEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'enrolment_id' })
  enrolmentId: string;

  @OneToOne(() => EnrolmentEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'certificate_enrolment_id_fkey' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'uuid', name: 'course_id' })
  courseId: string;

  @ManyToOne(() => TrainingCourseEntity, { nullable: false })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'certificate_course_id_fkey' })
  course?: TrainingCourseEntity;

  /** The holder's account (`sub`); the erasure pseudonym once erased (see EnrolmentEntity). */
  @Column({ type: 'text', name: 'account_id', nullable: true })
  accountId: string | null;

  @Column({ type: 'text', name: 'holder_name' })
  holderName: string;

  /** The session's last day (Europe/Paris), as `YYYY-MM-DD`. */
  @Column({ type: 'date', name: 'completed_on' })
  completedOn: string;

  @Column({ type: 'timestamptz', name: 'issued_at', default: () => 'now()' })
  issuedAt: Date;

  /** 160 random bits, RFC 4648 base32 without padding: unguessable and easy to type. */
  @Column({ type: 'text', name: 'verification_code' })
  verificationCode: string;

  /** Set by erasure: no name, a fresh unpublished code, and verification answers as for an unknown code. */
  @Column({ type: 'timestamptz', name: 'erased_at', nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  fictitious: boolean;
}
