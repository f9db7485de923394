// The explicit entity list of the training data source (no glob): what service.ts hands the kit
// and what the drift check compares with the migrations.
import { AuditLogEntity } from '@equality-graph/service-kit';
import { AwarenessActionEntity } from './awareness-action.entity';
import { CertificateEntity } from './certificate.entity';
import { EnrolmentEntity } from './enrolment.entity';
import { TrainingCourseEntity } from './training-course.entity';
import { TrainingSessionEntity } from './training-session.entity';

export * from './awareness-action.entity';
export * from './certificate.entity';
export * from './enrolment.entity';
export * from './training-course.entity';
export * from './training-session.entity';
export * from './sectors';
export const entities = [
  TrainingCourseEntity,
  TrainingSessionEntity,
  EnrolmentEntity,
  CertificateEntity,
  AwarenessActionEntity,
  AuditLogEntity,
];
