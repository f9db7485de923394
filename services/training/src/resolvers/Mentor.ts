// Training's fields on mentoring's Mentor: her certificates (same rule as Account's) and whether
// she followed the mentors' awareness course.
import type { MentorResolvers } from '../generated/graphql';
import { certificatesOf } from './certificate-reads';

export const Mentor: MentorResolvers = {
  // Mentoring owns mentors; with @requires the gateway sends her accountId along with her id.
  __resolveReference: ({ id, accountId }) => ({ id, accountId: accountId ?? null }),
  certificates: (mentor, _args, context) => certificatesOf(context, mentor.accountId),
  awarenessTrained: (mentor, _args, { loaders }) => (mentor.accountId ? loaders.awarenessTrained.load(mentor.accountId) : false),
};
