import type { DataSource } from 'typeorm';
import type { SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type TrainingLoaders } from './data/loaders';

export interface TrainingContext extends SubgraphContextBase {
  db: DataSource;
  loaders: TrainingLoaders;
}

export function createContext(base: SubgraphContextBase, db: DataSource): TrainingContext {
  return { ...base, db, loaders: createLoaders(db, base) };
}
