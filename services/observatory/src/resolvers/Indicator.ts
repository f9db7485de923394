// Resolvers of the `Indicator` entity: reference resolution through the request's loader.
import type { IndicatorResolvers } from '../generated/graphql';

export const Indicator: IndicatorResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.indicator.load(code),
};
