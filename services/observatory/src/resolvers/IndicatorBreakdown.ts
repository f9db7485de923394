// Field resolvers of `IndicatorBreakdown`: its indicator (the cells are disclosed in data/breakdown.ts).
import type { IndicatorBreakdownResolvers } from '../generated/graphql';

export const IndicatorBreakdown: IndicatorBreakdownResolvers = {
  indicator: ({ indicatorCode }, _args, { loaders }) => loaders.referencedIndicator(indicatorCode),
};
