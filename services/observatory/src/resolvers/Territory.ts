// Field resolvers of `Territory` (an EPT, reference data of the territory package): its communes
// through the commune loader, and what its figures cover.
import type { TerritoryResolvers } from '../generated/graphql';

export const Territory: TerritoryResolvers = {
  communes: ({ communeCodes }, _args, { loaders }) => loaders.communes(communeCodes),
  partOfDepartmentOnly: ({ outsideMembers }) => outsideMembers.length > 0,
  note: ({ outsideMembers }) =>
    outsideMembers.length === 0
      ? null
      : `Comprend aussi ${outsideMembers.map((m) => `${m.name} (${m.code})`).join(', ')}, hors du département : ses chiffres ici ne couvrent que ses communes des Hauts-de-Seine.`,
};
