// Resolvers of the Commune entity as this subgraph extends it (the observatory owns communes):
// the reference and the programme's counts for it.
import type { CommuneResolvers } from '../generated/graphql';
import { communeCode } from '../data/input-checks';

export const Commune: CommuneResolvers = {
  // The observatory owns communes: the reference (its code) is all this subgraph needs.
  __resolveReference: ({ code }) => ({ code: communeCode(code, 'representations.code') }),
  mentoring: ({ code }, _args, { loaders }) => loaders.communeStats.load(code),
};
