// The TypeORM entities of the subgraph, listed explicitly for the data source (no glob).
import { AuditLogEntity } from '@equality-graph/service-kit';
import { GoalEntity } from './goal.entity';
import { InspirationEventEntity, InspirationEventSpeakerEntity } from './inspiration-event.entity';
import { MenteeEntity } from './mentee.entity';
import { MentorEntity } from './mentor.entity';
import { MentorshipEntity } from './mentorship.entity';
import { SessionEntity } from './session.entity';
import { SurveyEntity } from './survey.entity';

export * from './goal.entity';
export * from './inspiration-event.entity';
export * from './mentee.entity';
export * from './mentor.entity';
export * from './mentorship.entity';
export * from './session.entity';
export * from './survey.entity';
export { AuditLogEntity };
export const entities = [
  MentorEntity,
  MenteeEntity,
  MentorshipEntity,
  SessionEntity,
  GoalEntity,
  SurveyEntity,
  InspirationEventEntity,
  InspirationEventSpeakerEntity,
  AuditLogEntity,
];
