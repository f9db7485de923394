// The one place a directory entry's address (and its postal code, part of it) leaves the service,
// so the shelter rule (from access-rules.ts) and its audit apply on every path: list, single,
// entity, mutation result, a commune's services.
import type { RequestAudit, SubgraphContextBase } from '@equality-graph/service-kit';
import { readsConfidentialAddresses } from '../access-rules';
import type { SupportServiceRow } from './support-services';

/** The parts of an address that follow the shelter rule. */
export type AddressPart = 'address' | 'postalCode';

/**
 * A shelter's address is returned only to readers with `directory:confidential`; each such read
 * writes an audit row, batched per request by the kit's requestAudit: N shelters read = one INSERT,
 * and a shelter's address and postal code read together = one row.
 */
export function addressReader(
  base: SubgraphContextBase,
  audit: RequestAudit,
): (row: SupportServiceRow, part?: AddressPart) => Promise<string | null> {
  const confidential = readsConfidentialAddresses(base.identity);
  return async (row, part = 'address') => {
    const value = row[part];
    if (row.kind !== 'SHELTER') return value;
    if (!confidential) return null;
    if (value !== null) {
      await audit({
        action: 'support_service.address.read',
        subjectType: 'SupportService',
        subjectId: row.id,
        details: { name: row.name },
      });
    }
    return value;
  };
}
