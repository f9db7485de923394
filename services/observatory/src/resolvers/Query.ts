import { currentAccount } from '@equality-graph/service-kit';
import { listCommunes } from '../data/communes';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  communes: (_parent, _args, { db }) => listCommunes(db),
  commune: (_parent, { code }, { loaders }) => loaders.commune.load(code),
  me: (_parent, _args, context) => currentAccount(context),
};
