import type { PublishResultResolvers } from '../generated/graphql';

export const PublishResult: PublishResultResolvers = {
  indicator: ({ indicatorCode }, _args, { loaders }) => loaders.indicator.load(indicatorCode).then((i) => i!),
};
