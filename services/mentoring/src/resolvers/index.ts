// The resolver map of the subgraph, one entry per GraphQL type, each from the file named after it.
import type { Resolvers } from '../generated/graphql';
import { Account } from './Account';
import { Commune } from './Commune';
import { CommuneMentoring } from './CommuneMentoring';
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
