import DataLoader from 'dataloader';
import { SCOPES } from '@equality-graph/auth';
import type { DataSource } from 'typeorm';
import { recordAudit, type SubgraphContextBase } from '@equality-graph/service-kit';
import type { SupportServiceRow } from './support-services';

export const CONFIDENTIAL_SCOPE = SCOPES.directoryConfidential;

/**
 * The one place a directory entry's address leaves the service (every path: list, single,
 * entity, mutation result goes through `SupportService.address`). A shelter's address is
 * returned only to readers with `directory:confidential`; each such read writes an audit row,
 * batched per request: N shelters read = one INSERT of N rows.
 */
export function addressReader(db: DataSource, base: SubgraphContextBase): (row: SupportServiceRow) => Promise<string | null> {
  const confidential = base.identity.scopes.includes(CONFIDENTIAL_SCOPE);
  const auditedReads = new DataLoader<SupportServiceRow, string | null, string>(
    async (rows) => {
      await recordAudit(
        db,
        base,
        rows
          .filter((row) => row.address !== null)
          .map((row) => ({ action: 'support_service.address.read', subjectType: 'SupportService', subjectId: row.id, details: { name: row.name } })),
      );
      return rows.map((row) => row.address);
    },
    { cacheKeyFn: (row) => row.id },
  );
  return async (row) => {
    if (row.kind !== 'SHELTER') return row.address;
    return confidential ? auditedReads.load(row) : null;
  };
}
