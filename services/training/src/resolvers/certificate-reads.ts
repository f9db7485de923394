// A person's certificates as Account.certificates and Mentor.certificates both answer them: one
// rule, one audit, so the two types cannot drift apart.
import { token } from '@equality-graph/service-kit';
import { mayReadCertificatesOf, refusal } from '../access-rules';
import { TEXT_LIMITS } from '../data/argument-checks';
import type { CertificateEntity } from '../data/entities';
import type { TrainingContext } from '../context';

/**
 * A person's certificates, for Account.certificates and Mentor.certificates alike: herself,
 * trainers and coordinators; anyone else FORBIDDEN (UNAUTHENTICATED when anonymous), never a
 * silently empty list that would read as "no training". Reads by others are audited.
 */
export async function certificatesOf(context: TrainingContext, accountId: string | null | undefined): Promise<CertificateEntity[]> {
  const { identity, loaders, audit } = context;
  if (!mayReadCertificatesOf(identity, accountId)) {
    throw refusal(identity, "Only the holder, trainers and coordinators may read a person's certificates");
  }
  if (!accountId) return [];
  token(accountId, 'accountId', TEXT_LIMITS.accountId);
  const [rows] = await Promise.all([
    loaders.certificatesByAccount.load(accountId),
    accountId === identity.sub ? null : audit({ action: 'certificate.read', subjectType: 'Account', subjectId: accountId }),
  ]);
  return rows;
}
