// Resolvers of the `Commune` entity: reference resolution and its observations, both through loaders.
import type { CommuneResolvers } from '../generated/graphql';

export const Commune: CommuneResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.commune.load(code),
  observations: ({ code }, { indicator, period }, { loaders }) =>
    loaders.communeObservations.load({ communeCode: code, indicator: indicator ?? null, period: period ?? null }),
};
