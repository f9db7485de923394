// What every statistics read carries (database, reader, raw-read audit), built once per request
// so the disclosure rule and its audit cannot be forgotten by one read path.
import type { DataSource } from 'typeorm';
import { recordAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import { readsRawStatistics } from '../access-rules';
import type { Reader } from './observation-rows';

/** What every statistics read needs: the database, who reads, and the audit trail of raw reads. */
export interface StatisticsAccess {
  db: DataSource;
  reader: Reader;
  /** Writes one audit row when the reader saw raw (unsuppressed or draft) figures; no-op otherwise. */
  auditRawRead(selection: string, details: Record<string, unknown>): Promise<void>;
}

export function statisticsAccess(db: DataSource, base: SubgraphContextBase, threshold: number): StatisticsAccess {
  const raw = readsRawStatistics(base.identity);
  return {
    db,
    reader: { raw, threshold },
    auditRawRead: async (selection, details) => {
      // Written directly, not de-duplicated: two breakdowns in one request are two audited reads.
      if (raw) await recordAudit(db, base, [{ action: 'observation.read.raw', subjectType: 'Observation', subjectId: selection, details }]);
    },
  };
}
