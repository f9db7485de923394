import { SCOPES } from '@equality-graph/auth';
import type { RequestAudit, SubgraphContextBase } from '@equality-graph/service-kit';
import type { SupportServiceRow } from './support-services';

export const CONFIDENTIAL_SCOPE = SCOPES.directoryConfidential;

/**
 * The one place a directory entry's address leaves the service (every path: list, single,
 * entity, mutation result goes through `SupportService.address`). A shelter's address is
 * returned only to readers with `directory:confidential`; each such read writes an audit row,
 * batched per request by the kit's requestAudit: N shelters read = one INSERT of N rows.
 */
export function addressReader(base: SubgraphContextBase, audit: RequestAudit): (row: SupportServiceRow) => Promise<string | null> {
  const confidential = base.identity.scopes.includes(CONFIDENTIAL_SCOPE);
  return async (row) => {
    if (row.kind !== 'SHELTER') return row.address;
    if (!confidential) return null;
    if (row.address !== null) {
      await audit({
        action: 'support_service.address.read',
        subjectType: 'SupportService',
        subjectId: row.id,
        details: { name: row.name },
      });
    }
    return row.address;
  };
}
