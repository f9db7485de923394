// Field resolvers of `PublishResult` (the answer of `publishObservations`): its indicator.
import type { PublishResultResolvers } from '../generated/graphql';

export const PublishResult: PublishResultResolvers = {
  indicator: ({ indicatorCode }, _args, { loaders }) => loaders.referencedIndicator(indicatorCode),
};
