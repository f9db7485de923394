import type { ImportSummaryResolvers } from '../generated/graphql';

export const ImportSummary: ImportSummaryResolvers = {
  indicator: ({ indicatorCodes }, _args, { loaders }) => loaders.indicator.load(indicatorCodes[0]).then((i) => i!),
};
