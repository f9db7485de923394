// Resolvers of the Mentee type: how a mentee row reads as the API's Mentee (the read rule is
// applied before a row gets here).
import type { MenteeResolvers } from '../generated/graphql';
import { toApi } from './enum-values';

// Every resolver that returns a Mentee passes it through readMentee (access-rules.ts) first.
export const Mentee: MenteeResolvers = {
  commune: ({ communeCode }) => ({ code: communeCode }),
  status: ({ status }) => toApi(status),
  appliedAt: ({ createdAt }) => createdAt.toISOString(),
};
