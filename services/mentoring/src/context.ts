// What every mentoring resolver receives for one request: the verified identity (the kit's
// base), the database, this request's loaders and audit writer, and the programme's settings.
import type { DataSource } from 'typeorm';
import { requestAudit, type RequestAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { createLoaders, type MentoringLoaders } from './data/loaders';

/** The programme's rules that requests apply, mapped from the environment in server.ts. */
export interface ProgrammeSettings {
  menteeMinAge: number;
  menteeMaxAge: number;
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
