import type { DataSource } from 'typeorm';
import type { SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type ObservatoryLoaders } from './data/loaders';
import { statisticsAccess, type StatisticsAccess } from './data/statistics-access';

/** The observatory's own settings that requests need (from its environment). */
export interface ObservatorySettings {
  disclosureThreshold: number;
  importMaxBytes: number;
}

export interface ObservatoryContext extends SubgraphContextBase {
  db: DataSource;
  loaders: ObservatoryLoaders;
  statistics: StatisticsAccess;
  settings: ObservatorySettings;
}

export function contextFactory(settings: ObservatorySettings) {
  return (base: SubgraphContextBase, db: DataSource): ObservatoryContext => {
    const statistics = statisticsAccess(db, base, settings.disclosureThreshold);
    return { ...base, db, statistics, settings, loaders: createLoaders(db, statistics, base) };
  };
}
