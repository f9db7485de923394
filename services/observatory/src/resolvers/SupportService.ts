// Field resolvers of the `SupportService` entity: communes, whole-department flag and the guarded address.
import type { SupportServiceResolvers } from '../generated/graphql';

export const SupportService: SupportServiceResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.supportService.load(id),
  communes: ({ communeCodes }, _args, { loaders }) => loaders.communes(communeCodes),
  wholeDepartment: ({ communeCodes }) => communeCodes.length === 0,
  // The shelter rule lives in the loader, so every path (list, single, entity, mutation) applies it.
  address: (row, _args, { loaders }) => loaders.supportServiceAddress(row),
  postalCode: (row, _args, { loaders }) => loaders.supportServiceAddress(row, 'postalCode'),
};
