// Resolvers of the `Commune` entity: reference resolution, its observations, and the whole picture
// of the commune (postal codes, territory, help, schemes), each through a loader or reference data.
import { postalCodesOf, territoryOf } from '@equality-graph/territory';
import type { CommuneResolvers } from '../generated/graphql';

export const Commune: CommuneResolvers = {
  __resolveReference: ({ code }, { loaders }) => loaders.commune.load(code),
  observations: ({ code }, { indicator, period }, { loaders }) =>
    loaders.communeObservations.load({ communeCode: code, indicator: indicator ?? null, period: period ?? null }),
  postalCodes: ({ code }) => [...postalCodesOf(code)],
  territory: ({ code }) => territoryOf(code),
  // The address rule applies in SupportService.address/postalCode, whichever list a service comes from.
  supportServices: ({ code }, _args, { loaders }) => loaders.communeSupportServices.load(code),
  experimentations: ({ code }, _args, { loaders }) => loaders.communeExperimentations.load(code),
};
