import { currentAccount, pageRequest } from '@equality-graph/service-kit';
import type { AccountResolvers } from '../generated/graphql';
import { mentorshipsOfAccount } from '../data/mentorships';
import { canSeeMentor, isCoordinator, readMentee, refuse } from './access-rules';
import { byId, connection } from './connections';
import { fromApi } from './enums';

export const Account: AccountResolvers = {
  // Another subgraph's `me`: the fields this subgraph adds are resolved from the id alone.
  __resolveReference: ({ id }, context) => {
    const me = currentAccount(context);
    return me && me.id === id ? me : { id, name: null, roles: [] };
  },
  mentee: async ({ id }, _args, context) => {
    const mentee = await context.loaders.menteeByAccount.load(id);
    if (!mentee) {
      if (context.identity.sub === id || isCoordinator(context.identity)) return null;
      refuse(context.identity);
    }
    return readMentee(context, mentee);
  },
  mentor: async ({ id }, _args, { loaders, identity }) => {
    const mentor = await loaders.mentorByAccount.load(id);
    return mentor && canSeeMentor(identity, mentor) ? mentor : null;
  },
  mentorships: async ({ id }, { status, first, after }, { db, identity }) => {
    if (identity.sub !== id && !isCoordinator(identity)) refuse(identity, 'Her mentorships are for herself and coordinators');
    const request = pageRequest(first, after);
    const page = await mentorshipsOfAccount(db, id, status ? fromApi.mentorship(status) : null, request);
    return connection(page, request.limit, byId);
  },
};
