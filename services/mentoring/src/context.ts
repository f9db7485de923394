import type { DataSource } from 'typeorm';
import type { SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type MentoringLoaders } from './data/loaders';

export interface MentoringContext extends SubgraphContextBase {
  db: DataSource;
  loaders: MentoringLoaders;
}

export function createContext(base: SubgraphContextBase, db: DataSource): MentoringContext {
  return { ...base, db, loaders: createLoaders(db) };
}
