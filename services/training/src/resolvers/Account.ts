// Training's fields on the shared Account: a person's enrolments and certificates, each behind
// its access rule and audited when someone else reads them.
import { currentAccount, erasureReceiptsOf, forbidden, pageRequest, token } from '@equality-graph/service-kit';
import { preferencesOf, settingsView } from '@equality-graph/notifications';
import { SERVICE } from '../data/erasure';
import { mayReadEnrolmentsOf } from '../access-rules';
import type { AccountResolvers } from '../generated/graphql';
import { TEXT_LIMITS } from '../data/argument-checks';
import { certificatesOf } from './certificate-reads';

export const Account: AccountResolvers = {
  // Only the signed-in account's name and roles are known here (from the token).
  __resolveReference: ({ id }, context) => (id === context.identity.sub ? currentAccount(context) : { id, name: null, roles: [] }),
  enrolments: async ({ id }, { first, after }, { identity, loaders, audit }) => {
    if (!mayReadEnrolmentsOf(identity, id)) throw forbidden('Only the participant and coordinators may read her enrolments');
    // A representation's id comes from the client: refused before it reaches SQL if it cannot be a `sub`.
    token(id, 'id', TEXT_LIMITS.accountId);
    const page = pageRequest(first, after);
    const [connection] = await Promise.all([
      loaders.enrolmentPageByAccount.load({ parentId: id, status: null, page }),
      id === identity.sub ? null : audit({ action: 'enrolment.read', subjectType: 'Account', subjectId: id }),
    ]);
    return connection;
  },
  certificates: ({ id }, _args, context) => certificatesOf(context, id),
  trainingNotifications: async ({ id }, _args, { db, identity }) =>
    identity.sub === id ? settingsView(await preferencesOf(db, id)) : null,
  trainingErasureReceipts: async ({ id }, _args, { db, identity }) => {
    if (identity.sub !== id) throw forbidden('Erasure receipts are for the person herself');
    return erasureReceiptsOf(db, SERVICE, id);
  },
};
