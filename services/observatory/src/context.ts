// The observatory's per-request context: the kit's base (identity, request id, logger) plus what
// its resolvers need; built by createContext, the name all three services use.
import type { DataSource } from 'typeorm';
import { requestAudit, type RequestAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type ObservatoryLoaders } from './data/loaders';
import { statisticsAccess, type StatisticsAccess } from './data/statistics-access';

/** The observatory's own settings that requests need, mapped once from its environment in server.ts. */
export interface ObservatorySettings {
  disclosureThreshold: number;
  importMaxBytes: number;
}

export interface ObservatoryContext extends SubgraphContextBase {
  db: DataSource;
  loaders: ObservatoryLoaders;
  statistics: StatisticsAccess;
  settings: ObservatorySettings;
  /** Batched, de-duplicated audit rows of this request (the kit's requestAudit). */
  audit: RequestAudit;
}

export function createContext(base: SubgraphContextBase, db: DataSource, settings: ObservatorySettings): ObservatoryContext {
  const statistics = statisticsAccess(db, base, settings.disclosureThreshold);
  const audit = requestAudit(db, base);
  return { ...base, db, statistics, settings, audit, loaders: createLoaders(db, statistics, base, audit) };
}
