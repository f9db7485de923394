// Field resolvers of `ImportSummary` (the answer of `importObservations`): the indicator imported.
import type { ImportSummaryResolvers } from '../generated/graphql';

export const ImportSummary: ImportSummaryResolvers = {
  indicator: ({ indicatorCodes }, _args, { loaders }) => loaders.referencedIndicator(indicatorCodes[0]),
};
