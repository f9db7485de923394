import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { requestAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { addressReader } from './confidential-address';
import { communesByCodes } from './communes';
import { indicatorsByCodes } from './indicators';
import { observationsByCommunes, type CommuneObservationsKey } from './observations';
import type { StatisticsAccess } from './statistics-access';
import { supportServicesByIds } from './support-services';

export function createLoaders(db: DataSource, statistics: StatisticsAccess, base: SubgraphContextBase) {
  return {
    commune: new DataLoader<string, Awaited<ReturnType<typeof communesByCodes>>[number]>((codes) => communesByCodes(db, codes)),
    indicator: new DataLoader<string, Awaited<ReturnType<typeof indicatorsByCodes>>[number]>((codes) => indicatorsByCodes(db, codes)),
    /** `Commune.observations`: whole groups loaded once per batch, disclosure applied on them. */
    communeObservations: new DataLoader<CommuneObservationsKey, Awaited<ReturnType<typeof observationsByCommunes>>[number], string>(
      (keys) => observationsByCommunes(statistics, keys),
      { cacheKeyFn: (key) => JSON.stringify([key.communeCode, key.indicator, key.period]) },
    ),
    supportService: new DataLoader<string, Awaited<ReturnType<typeof supportServicesByIds>>[number]>((ids) =>
      supportServicesByIds(db, ids),
    ),
    /** `SupportService.address` with the shelter rule; confidential reads audited in one batch. */
    supportServiceAddress: addressReader(base, requestAudit(db, base)),
  };
}
export type ObservatoryLoaders = ReturnType<typeof createLoaders>;
