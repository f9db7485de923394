import { currentAccount } from '@equality-graph/service-kit';
import type { QueryResolvers } from '../generated/graphql';

export const Query: QueryResolvers = {
  me: (_parent, _args, context) => currentAccount(context),
};
