// Rows of consents and notification settings as the API's objects (no mapper: the GraphQL
// types are the shape, built here once for every resolver that returns one).
import { MUTABLE_KINDS, type NotificationPreferences } from '@equality-graph/notifications';
import type { Consent, NotificationSettings } from '../generated/graphql';
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

export const settingsOut = (preferences: NotificationPreferences): NotificationSettings => ({
  email: preferences.email,
  mutedKinds: preferences.mutedKinds,
  mutableKinds: [...MUTABLE_KINDS],
});
