// Training's resolver map, one entry per GraphQL type from the file named after it; service.ts
// hands it to the kit.
import type { Resolvers } from '../generated/graphql';
import { Account } from './Account';
import { AwarenessAction } from './AwarenessAction';
import { Certificate } from './Certificate';
import { Commune } from './Commune';
import { CommuneTrainingFigures } from './CommuneTrainingFigures';
import { DepartmentTraining } from './DepartmentTraining';
import { Enrolment } from './Enrolment';
import { Mentor } from './Mentor';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { SectorCount } from './SectorCount';
import { TrainingCourse } from './TrainingCourse';
import { TrainingSession } from './TrainingSession';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Account,
  AwarenessAction,
  Certificate,
  Commune,
  CommuneTrainingFigures,
  DepartmentTraining,
  SectorCount,
  Enrolment,
  Mentor,
  TrainingCourse,
  TrainingSession,
};
