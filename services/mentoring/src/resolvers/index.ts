import type { Resolvers } from '../generated/graphql';
import { Account } from './Account';
import { Commune, CommuneMentoring } from './Commune';
import { InspirationEvent } from './InspirationEvent';
import { Mentee } from './Mentee';
import { MentoringSession } from './MentoringSession';
import { Mentor } from './Mentor';
import { Mentorship } from './Mentorship';
import { Mutation } from './Mutation';
import { ProgrammeFigures } from './ProgrammeFigures';
import { Query } from './Query';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Account,
  Commune,
  CommuneMentoring,
  Mentor,
  Mentee,
  Mentorship,
  MentoringSession,
  InspirationEvent,
  ProgrammeFigures,
};
