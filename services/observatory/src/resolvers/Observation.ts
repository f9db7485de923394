// Field resolvers of `Observation`: its indicator and commune through the request's loaders.
import type { ObservationResolvers } from '../generated/graphql';

/** The mapper is already disclosed (value and rate withheld when they must be): no rule here. */
export const Observation: ObservationResolvers = {
  indicator: ({ indicatorCode }, _args, { loaders }) => loaders.referencedIndicator(indicatorCode),
  commune: ({ communeCode }, _args, { loaders }) => (communeCode ? loaders.commune.load(communeCode) : null),
  importedAt: ({ importedAt }) => importedAt?.toISOString() ?? null,
};
