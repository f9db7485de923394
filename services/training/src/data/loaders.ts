import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { trainingStatsByCommune, type CommuneTrainingStats } from './commune-stats';

export function createLoaders(db: DataSource) {
  return {
    communeStats: new DataLoader<string, CommuneTrainingStats>((codes) => trainingStatsByCommune(db, codes)),
  };
}
export type TrainingLoaders = ReturnType<typeof createLoaders>;
