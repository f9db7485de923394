// Resolvers of MentoringSession: session notes are for the two participants only.
import type { MentoringSessionResolvers } from '../generated/graphql';
import { refuse } from '../access-rules';

export const MentoringSession: MentoringSessionResolvers = {
  date: ({ heldOn }) => heldOn,
  // Notes are the two participants' own: coordinators included, everyone else is refused.
  notes: async ({ mentorshipId, notes }, _args, { loaders, identity }) => {
    const participants = await loaders.participants.load(mentorshipId);
    const sub = identity.sub;
    if (!sub || !participants || (sub !== participants.mentorAccount && sub !== participants.menteeAccount)) {
      refuse(identity, 'Session notes are for the two participants only');
    }
    return notes;
  },
};
