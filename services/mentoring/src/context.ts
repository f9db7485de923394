import type { DataSource } from 'typeorm';
import { requestAudit, type RequestAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type MentoringLoaders } from './data/loaders';
import type { ProgrammeSettings } from './environment';

/** What this subgraph holds of an account: the verified identity's fields. */
export interface AccountRef {
  id: string;
  name: string | null;
  roles: string[];
}

export interface MentoringContext extends SubgraphContextBase {
  db: DataSource;
  loaders: MentoringLoaders;
  settings: ProgrammeSettings;
  /** Batched, de-duplicated audit rows of this request (the kit's requestAudit). */
  audit: RequestAudit;
}

export function createContext(base: SubgraphContextBase, db: DataSource, settings: ProgrammeSettings): MentoringContext {
  return { ...base, db, loaders: createLoaders(db), settings, audit: requestAudit(db, base) };
}
