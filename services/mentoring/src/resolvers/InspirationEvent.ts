// Resolvers of InspirationEvent: public talks, listing only the speakers the reader may see.
import type { InspirationEventResolvers } from '../generated/graphql';
import type { MentorEntity } from '../data/entities';
import { readMentorProfile } from '../access-rules';

export const InspirationEvent: InspirationEventResolvers = {
  date: ({ heldOn }) => heldOn,
  commune: ({ communeCode }) => ({ code: communeCode }),
  // Public: only speakers whose profile is public (or visible to the reader) are listed.
  speakers: async ({ id }, _args, context) => {
    const mentors = await context.loaders.mentor.loadMany(await context.loaders.speakerIds.load(id));
    const visible = await Promise.all(mentors.map((m) => (m instanceof Error ? null : readMentorProfile(context, m))));
    return visible.filter((m): m is MentorEntity => m !== null);
  },
};
