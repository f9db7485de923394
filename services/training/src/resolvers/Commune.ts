import type { CommuneResolvers, CommuneTrainingFiguresResolvers, SectorCountResolvers } from '../generated/graphql';
import { figuresYear, toApi } from './enum-values';

export const Commune: CommuneResolvers = {
  // The observatory owns communes: the reference (its code) is all this subgraph needs.
  __resolveReference: ({ code }) => ({ code }),
  training: ({ code }, { year }, { loaders }) =>
    loaders.communeStats.load({ code, year: year === null || year === undefined ? null : figuresYear(year) }),
};

export const CommuneTrainingFigures: CommuneTrainingFiguresResolvers = {
  commune: (figures) => ({ code: figures.communeCode }),
};

export const SectorCount: SectorCountResolvers = {
  sector: (count) => toApi(count.sector),
};
