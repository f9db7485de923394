import type { CommuneResolvers } from '../generated/graphql';

export const Commune: CommuneResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.commune.load(code),
};
