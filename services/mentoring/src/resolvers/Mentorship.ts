// Resolvers of the Mentorship type: its people and its lists (sessions, goals, surveys), each
// read audited when the reader is not one of its two participants.
import { notFound, pageInMemory } from '@equality-graph/service-kit';
import type { MentorshipResolvers } from '../generated/graphql';
import { sharedContactOf } from '../data/shared-contacts';
import { auditMentorRead, auditMentorshipRead, participantsOf, readMentee } from '../access-rules';
import { iso, toApi } from './enum-values';

// Reached only through resolvers that checked visibleMentorship (participants, coordinators).
export const Mentorship: MentorshipResolvers = {
  status: ({ status }) => toApi(status),
  mentor: async ({ mentorId }, _args, context) => {
    const mentor = await context.loaders.mentor.load(mentorId);
    if (!mentor) throw notFound('Mentor not found');
    await auditMentorRead(context, mentor);
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
  sessions: async ({ id }, { first, after }, context) => {
    await auditMentorshipRead(context, id, 'mentorship.sessions.read');
    return pageInMemory(await context.loaders.sessions.load(id), first, after, (s) => [s.heldOn, s.id]);
  },
  goals: async ({ id }, _args, context) => {
    await auditMentorshipRead(context, id, 'mentorship.goals.read');
    return context.loaders.goals.load(id);
  },
  surveys: async ({ id }, _args, context) => {
    await auditMentorshipRead(context, id, 'mentorship.surveys.read');
    return context.loaders.surveys.load(id);
  },
  // Only its two people, only while active: a coordinator gets null (she did not get it by
  // consent). The reader is never the person the contact is about, so every read is audited.
  partnerContact: async (mentorship, _args, context) => {
    const sub = context.identity.sub;
    if (!sub || mentorship.status !== 'active') return null;
    const { mentorAccount, menteeAccount } = await participantsOf(context, mentorship);
    const otherSide = sub === mentorAccount ? 'MENTEE' : sub === menteeAccount ? 'MENTOR' : null;
    if (!otherSide) return null;
    const contact = await sharedContactOf(context.db, mentorship.id, otherSide);
    if (contact)
      await context.audit({
        action: 'mentorship.contact.read',
        subjectType: 'Mentorship',
        subjectId: mentorship.id,
        details: { side: otherSide },
      });
    return contact;
  },
};
