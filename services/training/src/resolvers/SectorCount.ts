// Resolvers of SectorCount, a people count in one professional sector: the stored sector is
// lower case, the GraphQL enum upper case.
import type { SectorCountResolvers } from '../generated/graphql';
import { toApi } from './enum-values';

export const SectorCount: SectorCountResolvers = {
  sector: (count) => toApi(count.sector),
};
