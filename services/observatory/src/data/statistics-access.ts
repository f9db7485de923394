import type { DataSource } from 'typeorm';
import { recordAudit, type AuditEvent, type SubgraphContextBase } from '@equality-graph/service-kit';
import type { Reader } from './observation-rows';

/** What every statistics read needs: the database, who reads, and the audit trail of raw reads. */
export interface StatisticsAccess {
  db: DataSource;
  reader: Reader;
  /** Writes one audit row when the reader saw raw (unsuppressed or draft) figures; no-op otherwise. */
  auditRawRead(selection: string, details: Record<string, unknown>): Promise<void>;
  audit(events: AuditEvent[]): Promise<void>;
}

export function statisticsAccess(db: DataSource, base: SubgraphContextBase, threshold: number): StatisticsAccess {
  const raw = base.identity.scopes.includes('statistics:raw');
  const audit = (events: AuditEvent[]) => recordAudit(db, base, events);
  return {
    db,
    reader: { raw, threshold },
    audit,
    auditRawRead: async (selection, details) => {
      if (raw) await audit([{ action: 'observation.read.raw', subjectType: 'Observation', subjectId: selection, details }]);
    },
  };
}
