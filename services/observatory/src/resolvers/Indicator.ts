import type { IndicatorResolvers } from '../generated/graphql';

export const Indicator: IndicatorResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.indicator.load(code),
};
