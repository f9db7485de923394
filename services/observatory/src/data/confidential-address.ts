// The one place a directory entry's address leaves the service, so the shelter rule (from
// access-rules.ts) and its audit apply on every path: list, single, entity, mutation result.
import type { RequestAudit, SubgraphContextBase } from '@equality-graph/service-kit';
import { readsConfidentialAddresses } from '../access-rules';
import type { SupportServiceRow } from './support-services';

/**
 * A shelter's address is returned only to readers with `directory:confidential`; each such read
 * writes an audit row, batched per request by the kit's requestAudit: N shelters read = one INSERT.
 */
export function addressReader(base: SubgraphContextBase, audit: RequestAudit): (row: SupportServiceRow) => Promise<string | null> {
  const confidential = readsConfidentialAddresses(base.identity);
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
