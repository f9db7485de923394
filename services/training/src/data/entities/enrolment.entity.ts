import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EnrolmentStatus = 'requested' | 'booked' | 'waitlisted' | 'cancelled';
export type Attendance = 'unknown' | 'no_show' | 'partial' | 'full';

@Entity({ name: 'enrolment' })
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'uuid', name: 'session_id' })
  sessionId: string;

  /** The participant's account (`sub`); null once erased. */
  @Column({ type: 'text', name: 'account_id', nullable: true })
  accountId: string | null;

  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  @Column({ type: 'text' })
  sector: string;

  @Column({ type: 'text' })
  status: EnrolmentStatus;

  @Column({ type: 'text' })
  attendance: Attendance;

  @Column({ type: 'boolean' })
  fictitious: boolean;
}
