import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { communesByCodes } from './communes';

export function createLoaders(db: DataSource) {
  return {
    commune: new DataLoader<string, Awaited<ReturnType<typeof communesByCodes>>[number]>((codes) => communesByCodes(db, codes)),
  };
}
export type ObservatoryLoaders = ReturnType<typeof createLoaders>;
