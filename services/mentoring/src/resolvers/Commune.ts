import type { CommuneResolvers } from '../generated/graphql';

export const Commune: CommuneResolvers = {
  // The observatory owns communes: the reference (its code) is all this subgraph needs.
  __resolveReference: ({ code }) => ({ code }),
  mentoring: ({ code }, _args, { loaders }) => loaders.communeStats.load(code),
};
