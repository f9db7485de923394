// Resolvers of the Mentee type: how a mentee row reads as the API's Mentee (the read rule is
// applied before a row gets here).
import type { MenteeResolvers } from '../generated/graphql';
import { hasParentalConsent, isMinor } from '../data/consents';
import { isCoordinator, refuse } from '../access-rules';
import { consentOut } from './consent-values';
import { toApi } from './enum-values';

// Every resolver that returns a Mentee passes it through readMentee (access-rules.ts) first.
export const Mentee: MenteeResolvers = {
  commune: ({ communeCode }) => ({ code: communeCode }),
  status: ({ status }) => toApi(status),
  appliedAt: ({ createdAt }) => createdAt.toISOString(),
  awaitingParentalConsent: async ({ id, birthYear }, _args, { loaders }) =>
    isMinor(birthYear, new Date().getUTCFullYear()) && !hasParentalConsent(await loaders.menteeConsents.load(id)),
  // Herself and coordinators (audited); her mentor sees her record, not her consents.
  consents: async ({ id, accountId }, _args, context) => {
    const { identity } = context;
    if (identity.sub === null || identity.sub !== accountId) {
      if (!isCoordinator(identity)) refuse(identity, "A mentee's consents are for herself and coordinators");
      await context.audit({ action: 'mentee.consents.read', subjectType: 'Mentee', subjectId: id });
    }
    return (await context.loaders.menteeConsents.load(id)).map(consentOut);
  },
};
