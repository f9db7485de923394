import type { CommuneResolvers, CommuneTrainingFiguresResolvers, SectorCountResolvers } from '../generated/graphql';
import { discloseCommuneFigures, publicWouldMissSome } from '../data/training-disclosure';
import { figuresYear, toApi } from './enum-values';

/** Analysts' figures are raw: a null here would be a bug upstream, not a suppressed count. */
function rawCount(value: number | null): number {
  if (value === null) throw new Error('raw training figures hold a suppressed count');
  return value;
}

export const Commune: CommuneResolvers = {
  // The observatory owns communes: the reference (its code) is all this subgraph needs.
  __resolveReference: ({ code }) => ({ code }),
  training: async ({ code }, { year }, { loaders, figures, audit }) => {
    const asked = year === null || year === undefined ? null : figuresYear(year);
    const all = await loaders.communeFigures.load(code);
    // A raw reader seeing what the public may not is an audited read (DESIGN 4).
    if (figures.raw && publicWouldMissSome(all, asked, figures.threshold)) {
      await audit({ action: 'training.figures.read.raw', subjectType: 'Commune', subjectId: code, details: { year: asked } });
    }
    return discloseCommuneFigures(all, asked, figures);
  },
};

export const CommuneTrainingFigures: CommuneTrainingFiguresResolvers = {
  commune: (figures) => ({ code: figures.communeCode }),
  trainedCount: (figures) => rawCount(figures.trainedCount),
};

export const SectorCount: SectorCountResolvers = {
  sector: (count) => toApi(count.sector),
};
