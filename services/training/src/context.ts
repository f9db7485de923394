// What every training request carries (identity, database, loaders, audit writer, figures
// policy), built once per request here so loaders never outlive it (DESIGN 7.1).
import type { DataSource } from 'typeorm';
import { requestAudit, type RequestAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { mayReadRawFigures } from './access-rules';
import { createLoaders, type TrainingLoaders } from './data/loaders';

/** The training service's own settings that requests need (mapped from its environment in server.ts). */
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

export function createContext(base: SubgraphContextBase, db: DataSource, settings: TrainingSettings): TrainingContext {
  return {
    ...base,
    db,
    loaders: createLoaders(db),
    audit: requestAudit(db, base),
    figures: { raw: mayReadRawFigures(base.identity), threshold: settings.disclosureThreshold },
  };
}
