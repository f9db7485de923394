import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { recordAudit, type AuditEvent, type SubgraphContextBase } from '@equality-graph/service-kit';
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
  /**
   * Queues an audit row; rows queued in the same tick are written in one statement, and the same
   * action on the same subject is written once per request (email and phone of one mentor, say).
   */
  audit(event: AuditEvent): Promise<void>;
}

export function createContext(base: SubgraphContextBase, db: DataSource, settings: ProgrammeSettings): MentoringContext {
  const audit = new DataLoader<AuditEvent, true>(
    async (events) => {
      await recordAudit(db, base, [...events]);
      return events.map(() => true as const);
    },
    { cache: false },
  );
  const written = new Map<string, Promise<true>>();
  const once = (event: AuditEvent) => {
    const key = `${event.action}|${event.subjectType}|${event.subjectId ?? ''}`;
    if (!written.has(key)) written.set(key, audit.load(event));
    return written.get(key)!;
  };
  return { ...base, db, loaders: createLoaders(db), settings, audit: async (event) => void (await once(event)) };
}
