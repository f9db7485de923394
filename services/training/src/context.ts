import type { DataSource } from 'typeorm';
import { requestAudit, type RequestAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type TrainingLoaders } from './data/loaders';

export interface TrainingContext extends SubgraphContextBase {
  db: DataSource;
  loaders: TrainingLoaders;
  /** Batched, de-duplicated audit rows of this request (the kit's requestAudit). */
  audit: RequestAudit;
}

export function createContext(base: SubgraphContextBase, db: DataSource): TrainingContext {
  return { ...base, db, loaders: createLoaders(db), audit: requestAudit(db, base) };
}
