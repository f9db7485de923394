// The observatory's DataLoaders, created per request by createContext (and nowhere else): every
// batch is one statement whose answer follows the keys' order.
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestAudit, SubgraphContextBase } from '@equality-graph/service-kit';
import { seesUnpublishedExperimentations } from '../access-rules';
import { addressReader } from './confidential-address';
import { communesByCodes } from './communes';
import type { CommuneEntity, IndicatorEntity } from './entities';
import { experimentationsByCommunes, type ExperimentationRow } from './experimentations';
import { indicatorsByCodes } from './indicators';
import { observationsByCommunes, type CommuneObservationsKey } from './observations';
import type { StatisticsAccess } from './statistics-access';
import { supportServicesByCommunes, supportServicesByIds, type SupportServiceRow } from './support-services';

export function createLoaders(db: DataSource, statistics: StatisticsAccess, base: SubgraphContextBase, audit: RequestAudit) {
  const indicator = new DataLoader<string, Awaited<ReturnType<typeof indicatorsByCodes>>[number]>((codes) => indicatorsByCodes(db, codes));
  const commune = new DataLoader<string, Awaited<ReturnType<typeof communesByCodes>>[number]>((codes) => communesByCodes(db, codes));
  return {
    commune,
    /** The communes a row lists (a scheme's, a service's, a territory's), through the same batch. */
    communes: async (codes: readonly string[]): Promise<CommuneEntity[]> =>
      (await commune.loadMany(codes)).flatMap((found) => (found && !(found instanceof Error) ? [found] : [])),
    indicator,
    /** An indicator a stored row points at (a foreign key): missing is a broken database, not a client error. */
    referencedIndicator: async (code: string): Promise<IndicatorEntity> => {
      const found = await indicator.load(code);
      if (!found) throw new Error(`indicator ${code} is referenced but does not exist`);
      return found;
    },
    /** `Commune.observations`: whole groups loaded once per batch, disclosure applied on them. */
    communeObservations: new DataLoader<CommuneObservationsKey, Awaited<ReturnType<typeof observationsByCommunes>>[number], string>(
      (keys) => observationsByCommunes(statistics, keys),
      { cacheKeyFn: (key) => JSON.stringify([key.communeCode, key.indicator, key.period]) },
    ),
    supportService: new DataLoader<string, Awaited<ReturnType<typeof supportServicesByIds>>[number]>((ids) =>
      supportServicesByIds(db, ids),
    ),
    /** `Commune.supportServices`: its own and the department-wide services, one statement per batch. */
    communeSupportServices: new DataLoader<string, SupportServiceRow[]>((codes) => supportServicesByCommunes(db, codes)),
    /** `Commune.experimentations`, published ones only unless the reader has `directory:write`. */
    communeExperimentations: new DataLoader<string, ExperimentationRow[]>((codes) =>
      experimentationsByCommunes(db, seesUnpublishedExperimentations(base.identity), codes),
    ),
    /** `SupportService.address` and `postalCode` with the shelter rule; confidential reads audited in one batch. */
    supportServiceAddress: addressReader(base, audit),
  };
}
export type ObservatoryLoaders = ReturnType<typeof createLoaders>;
