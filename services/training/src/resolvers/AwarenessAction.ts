import type { AwarenessActionResolvers } from '../generated/graphql';
import { toApi } from './enum-values';

export const AwarenessAction: AwarenessActionResolvers = {
  commune: (action) => ({ code: action.communeCode }),
  format: (action) => toApi(action.format),
};
