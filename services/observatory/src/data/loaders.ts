import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { communesByCodes } from './communes';
import { indicatorsByCodes } from './indicators';
import { observationsByCommunes, type CommuneObservationsKey } from './observations';
import type { StatisticsAccess } from './statistics-access';

export function createLoaders(db: DataSource, statistics: StatisticsAccess) {
  return {
    commune: new DataLoader<string, Awaited<ReturnType<typeof communesByCodes>>[number]>((codes) => communesByCodes(db, codes)),
    indicator: new DataLoader<string, Awaited<ReturnType<typeof indicatorsByCodes>>[number]>((codes) => indicatorsByCodes(db, codes)),
    /** `Commune.observations`: whole groups loaded once per batch, disclosure applied on them. */
    communeObservations: new DataLoader<CommuneObservationsKey, Awaited<ReturnType<typeof observationsByCommunes>>[number], string>(
      (keys) => observationsByCommunes(statistics, keys),
      { cacheKeyFn: (key) => JSON.stringify([key.communeCode, key.indicator, key.period]) },
    ),
  };
}
export type ObservatoryLoaders = ReturnType<typeof createLoaders>;
