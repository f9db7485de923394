// Rows of consents as the API's objects (no mapper: the GraphQL
// types are the shape, built here once for every resolver that returns one).
import type { Consent } from '../generated/graphql';
import type { ConsentRow } from '../data/consents';

export const consentOut = (row: ConsentRow): Consent => ({
  id: row.id,
  kind: row.kind,
  textVersion: row.text_version,
  givenAt: row.given_at.toISOString(),
  withdrawnAt: row.withdrawn_at ? row.withdrawn_at.toISOString() : null,
  parentName: row.parent_name,
  parentConsentDate: row.parent_consent_date,
  mentorshipId: row.mentorship_id,
});
