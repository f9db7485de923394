// The observatory's resolver map, one entry per GraphQL type (one file each in this folder).
import type { Resolvers } from '../generated/graphql';
import { Commune } from './Commune';
import { Experimentation } from './Experimentation';
import { ImportSummary } from './ImportSummary';
import { Indicator } from './Indicator';
import { IndicatorBreakdown } from './IndicatorBreakdown';
import { Mutation } from './Mutation';
import { Observation } from './Observation';
import { PartnerImportSummary } from './PartnerImportSummary';
import { Publication } from './Publication';
import { PublishResult } from './PublishResult';
import { Query } from './Query';
import { SupportService } from './SupportService';
import { Territory } from './Territory';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Commune,
  Indicator,
  Observation,
  IndicatorBreakdown,
  ImportSummary,
  PartnerImportSummary,
  PublishResult,
  SupportService,
  Territory,
  Experimentation,
  Publication,
};
