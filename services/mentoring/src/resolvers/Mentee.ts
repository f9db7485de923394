import type { MenteeResolvers } from '../generated/graphql';
import { toApi } from './enums';

// Every resolver that returns a Mentee passes it through readMentee (access-rules.ts) first.
export const Mentee: MenteeResolvers = {
  commune: ({ communeCode }) => ({ code: communeCode }),
  status: ({ status }) => toApi.mentee(status),
  appliedAt: ({ createdAt }) => createdAt.toISOString(),
};
