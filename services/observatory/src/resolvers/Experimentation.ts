import type { ExperimentationResolvers } from '../generated/graphql';

export const Experimentation: ExperimentationResolvers = {
  communes: async ({ communeCodes }, _args, { loaders }) => {
    const communes = await loaders.commune.loadMany(communeCodes);
    return communes.flatMap((commune) => (commune && !(commune instanceof Error) ? [commune] : []));
  },
};
