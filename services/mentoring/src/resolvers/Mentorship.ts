import type { MentorshipResolvers } from '../generated/graphql';
import { notFound } from '@equality-graph/service-kit';
import { readMentee } from './access-rules';
import { pageInMemory } from './connections';
import { iso, toApi } from './enums';

// Reached only through resolvers that checked assertCanSeeMentorship (participants, coordinators).
export const Mentorship: MentorshipResolvers = {
  status: ({ status }) => toApi.mentorship(status),
  mentor: async ({ mentorId }, _args, { loaders }) => {
    const mentor = await loaders.mentor.load(mentorId);
    if (!mentor) throw notFound('Mentor not found');
    return mentor;
  },
  mentee: async ({ menteeId }, _args, context) => {
    const mentee = await context.loaders.mentee.load(menteeId);
    if (!mentee) throw notFound('Mentee not found');
    return readMentee(context, mentee);
  },
  proposedAt: ({ proposedAt }) => proposedAt.toISOString(),
  mentorAcceptedAt: ({ mentorAcceptedAt }) => iso(mentorAcceptedAt),
  menteeAcceptedAt: ({ menteeAcceptedAt }) => iso(menteeAcceptedAt),
  startedAt: ({ startedAt }) => iso(startedAt),
  endedAt: ({ endedAt }) => iso(endedAt),
  sessions: async ({ id }, { first, after }, { loaders }) =>
    pageInMemory(await loaders.sessions.load(id), first, after, (s) => `${s.heldOn}|${s.id}`),
  goals: ({ id }, _args, { loaders }) => loaders.goals.load(id),
  surveys: ({ id }, _args, { loaders }) => loaders.surveys.load(id),
};
