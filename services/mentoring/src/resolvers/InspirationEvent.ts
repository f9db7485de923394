import type { InspirationEventResolvers } from '../generated/graphql';
import type { MentorEntity } from '../data/entities';
import { canSeeMentor } from './access-rules';

export const InspirationEvent: InspirationEventResolvers = {
  date: ({ heldOn }) => heldOn,
  commune: ({ communeCode }) => ({ code: communeCode }),
  // Public: only speakers whose profile is public (or visible to the reader) are listed.
  speakers: async ({ id }, _args, { loaders, identity }) => {
    const mentors = await loaders.mentor.loadMany(await loaders.speakerIds.load(id));
    return mentors.filter((m): m is MentorEntity => m !== null && !(m instanceof Error) && canSeeMentor(identity, m));
  },
};
