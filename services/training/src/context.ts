import type { DataSource } from 'typeorm';
import { SCOPES, hasScope } from '@equality-graph/auth';
import { requestAudit, type RequestAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type TrainingLoaders } from './data/loaders';

/** The training service's own settings that requests need (from its environment). */
export interface TrainingSettings {
  /** People counts from 1 to this value are withheld from readers without `statistics:raw`. */
  disclosureThreshold: number;
}

export interface TrainingContext extends SubgraphContextBase {
  db: DataSource;
  loaders: TrainingLoaders;
  /** Batched, de-duplicated audit rows of this request (the kit's requestAudit). */
  audit: RequestAudit;
  /** How this reader gets people counts: raw (`statistics:raw`) or with small counts withheld. */
  figures: { raw: boolean; threshold: number };
}

export function contextFactory(settings: TrainingSettings) {
  return (base: SubgraphContextBase, db: DataSource): TrainingContext => ({
    ...base,
    db,
    loaders: createLoaders(db),
    audit: requestAudit(db, base),
    figures: { raw: hasScope(base.identity, SCOPES.statisticsRaw), threshold: settings.disclosureThreshold },
  });
}
