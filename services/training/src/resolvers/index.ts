import type { Resolvers } from '../generated/graphql';
import { Account } from './Account';
import { AwarenessAction } from './AwarenessAction';
import { Certificate } from './Certificate';
import { Commune, CommuneTrainingFigures, SectorCount } from './Commune';
import { Enrolment } from './Enrolment';
import { Mentor } from './Mentor';
import { Mutation } from './Mutation';
import { Query } from './Query';
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
  SectorCount,
  Enrolment,
  Mentor,
  TrainingCourse,
  TrainingSession,
};
