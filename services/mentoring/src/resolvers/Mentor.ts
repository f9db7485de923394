// Resolvers of the Mentor entity: its reference (with training's awarenessTrained), its capacity
// and readiness, and contact fields under the contact rule.
import type { MentorResolvers } from '../generated/graphql';
import { readMentorContact, readMentorProfile } from '../access-rules';
import { toApi } from './enum-values';

export const Mentor: MentorResolvers = {
  // Through the mentor loader: N references, one statement. `awarenessTrained` (training's
  // field, sent by the gateway for @requires) is kept on the row for readyToMentor.
  __resolveReference: async (reference, context) => {
    const mentor = await readMentorProfile(context, await context.loaders.mentor.load(reference.id));
    if (!mentor) return null;
    return 'awarenessTrained' in reference ? { ...mentor, awarenessTrained: reference.awarenessTrained } : mentor;
  },
  commune: ({ communeCode }) => ({ code: communeCode }),
  status: ({ status }) => toApi(status),
  remainingCapacity: async ({ id, capacity }, _args, { loaders }) => Math.max(0, capacity - (await loaders.activeCount.load(id))),
  email: async (mentor, _args, context) => {
    await readMentorContact(context, mentor);
    return mentor.email;
  },
  phone: async (mentor, _args, context) => {
    await readMentorContact(context, mentor);
    return mentor.phone;
  },
  // Approved AND remaining capacity AND trained (from the representation). Capacity comes
  // from the batched active-count loader, never a per-mentor query.
  readyToMentor: async ({ id, status, capacity, awarenessTrained }, _args, { loaders }) =>
    awarenessTrained === true && status === 'approved' && (await loaders.activeCount.load(id)) < capacity,
};
