// Resolvers of AwarenessAction: its commune as a reference to the observatory's, and its format
// in the GraphQL enum's case.
import type { AwarenessActionResolvers } from '../generated/graphql';
import { toApi } from './enum-values';

export const AwarenessAction: AwarenessActionResolvers = {
  commune: (action) => ({ code: action.communeCode }),
  format: (action) => toApi(action.format),
};
