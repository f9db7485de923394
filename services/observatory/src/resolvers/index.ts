import type { Resolvers } from '../generated/graphql';
import { AuditLogEntry } from './AuditLogEntry';
import { Commune } from './Commune';
import { ImportSummary } from './ImportSummary';
import { Indicator } from './Indicator';
import { IndicatorBreakdown } from './IndicatorBreakdown';
import { Mutation } from './Mutation';
import { Observation } from './Observation';
import { PublishResult } from './PublishResult';
import { Query } from './Query';

export const resolvers: Resolvers = { Query, Mutation, Commune, Indicator, Observation, IndicatorBreakdown, ImportSummary, PublishResult, AuditLogEntry };
