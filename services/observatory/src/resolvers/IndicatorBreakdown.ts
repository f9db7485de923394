import type { IndicatorBreakdownResolvers } from '../generated/graphql';

export const IndicatorBreakdown: IndicatorBreakdownResolvers = {
  indicator: ({ indicatorCode }, _args, { loaders }) => loaders.indicator.load(indicatorCode).then((i) => i!),
};
