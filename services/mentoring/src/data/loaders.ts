import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { mentoringStatsByCommune, type CommuneMentoringStats } from './commune-stats';

export function createLoaders(db: DataSource) {
  return {
    communeStats: new DataLoader<string, CommuneMentoringStats>((codes) => mentoringStatsByCommune(db, codes)),
  };
}
export type MentoringLoaders = ReturnType<typeof createLoaders>;
