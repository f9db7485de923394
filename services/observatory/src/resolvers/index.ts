// The observatory's resolver map, one entry per GraphQL type (one file each in this folder).
import type { Resolvers } from '../generated/graphql';
import { Commune } from './Commune';
import { Experimentation } from './Experimentation';
import { ImportSummary } from './ImportSummary';
import { Indicator } from './Indicator';
import { IndicatorBreakdown } from './IndicatorBreakdown';
import { Mutation } from './Mutation';
import { Observation } from './Observation';
import { Publication } from './Publication';
import { PublishResult } from './PublishResult';
import { Query } from './Query';
import { SupportService } from './SupportService';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Commune,
  Indicator,
  Observation,
  IndicatorBreakdown,
  ImportSummary,
  PublishResult,
  SupportService,
  Experimentation,
  Publication,
};
