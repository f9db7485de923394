// Resolvers of CommuneTrainingFigures, a commune's raw training figures for analysts (through
// TrainingStats.byCommune): counts here are never withheld, so a null is a bug, not a secret.
import type { CommuneTrainingFiguresResolvers } from '../generated/graphql';

/** Analysts' figures are raw: a null here would be a bug upstream, not a suppressed count. */
function rawCount(value: number | null): number {
  if (value === null) throw new Error('raw training figures hold a suppressed count');
  return value;
}

export const CommuneTrainingFigures: CommuneTrainingFiguresResolvers = {
  commune: (figures) => ({ code: figures.communeCode }),
  trainedCount: (figures) => rawCount(figures.trainedCount),
};
