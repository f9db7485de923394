import type { DataSource } from 'typeorm';
import type { SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type ObservatoryLoaders } from './data/loaders';

export interface ObservatoryContext extends SubgraphContextBase {
  db: DataSource;
  loaders: ObservatoryLoaders;
}

export function createContext(base: SubgraphContextBase, db: DataSource): ObservatoryContext {
  return { ...base, db, loaders: createLoaders(db) };
}
