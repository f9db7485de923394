// Resolvers of Account as this subgraph extends it: her mentee record, mentor profile and
// mentorships, under the same read rules as the direct queries.
import { currentAccount, erasureReceiptsOf, pageRequest, token, unauthenticated } from '@equality-graph/service-kit';
import { preferencesOf, settingsView } from '@equality-graph/notifications';
import { consentsOfAccount } from '../data/consents';
import { SERVICE } from '../data/erasure';
import type { AccountResolvers } from '../generated/graphql';
import { mentorshipsOfAccount } from '../data/mentorships';
import { isCoordinator, readMentorProfile, refuse, visibleMentee } from '../access-rules';
import { consentOut } from './consent-values';
import { fromApi } from './enum-values';

/** The identity provider's subjects are short; anything else is not one and never reaches SQL. */
const MAX_SUB_LENGTH = 200;

export const Account: AccountResolvers = {
  // Another subgraph's `me`: the fields this subgraph adds are resolved from the id alone.
  __resolveReference: ({ id }, context) => {
    token(id, 'representations.id', MAX_SUB_LENGTH);
    const me = currentAccount(context);
    return me && me.id === id ? me : { id, name: null, roles: [] };
  },
  // Null both when she has no record and when the reader may not see it: an account id tells
  // nothing about who applied.
  mentee: async ({ id }, _args, context) => {
    if (!context.identity.sub) throw unauthenticated();
    return visibleMentee(context, await context.loaders.menteeByAccount.load(id));
  },
  mentor: async ({ id }, _args, context) => readMentorProfile(context, await context.loaders.mentorByAccount.load(id)),
  mentorships: async ({ id }, { status, first, after }, context) => {
    const { db, identity } = context;
    if (identity.sub !== id && !isCoordinator(identity)) refuse(identity, 'Her mentorships are for herself and coordinators');
    const result = await mentorshipsOfAccount(db, id, status ? fromApi(status) : null, pageRequest(first, after));
    if (identity.sub !== id) {
      // Even an empty list says something about her: the list and each mentorship are audited.
      await Promise.all([
        context.audit({ action: 'account.mentorships.read', subjectType: 'Account', subjectId: id }),
        ...result.edges.map(({ node }) => context.audit({ action: 'mentorship.read', subjectType: 'Mentorship', subjectId: node.id })),
      ]);
    }
    return result;
  },
  // Her consents: herself and coordinators (an audited read), as the README's table says.
  consents: async ({ id }, _args, context) => {
    const { identity } = context;
    if (identity.sub !== id && !isCoordinator(identity)) refuse(identity, 'Her consents are for herself and coordinators');
    if (identity.sub !== id) await context.audit({ action: 'account.consents.read', subjectType: 'Account', subjectId: id });
    return (await consentsOfAccount(context.db, id)).map(consentOut);
  },
  mentoringNotifications: async ({ id }, _args, { db, identity }) =>
    identity.sub === id ? settingsView(await preferencesOf(db, id)) : null,
  mentoringErasureReceipts: async ({ id }, _args, { db, identity }) => {
    if (identity.sub !== id) refuse(identity, 'Erasure receipts are for the person herself');
    return erasureReceiptsOf(db, SERVICE, id);
  },
};
