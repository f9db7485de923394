// Checks of what a person sets about her emails (an address, the kinds she turns off), and the
// settings as the two services' `NotificationSettings` type shows them: written once for both.
import { badArgument, withoutNul } from '@equality-graph/service-kit';
import { MUTABLE_KINDS, type NotificationKind } from './kinds';
import type { NotificationPreferences } from './outbox';

/** One address, loosely checked (the SMTP relay is the real judge): text@text.text, no spaces. */
export function emailAddress(value: string, argument: string): string {
  const trimmed = withoutNul(value, argument).trim();
  if (trimmed.length > 200 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) throw badArgument(argument, 'must be an email address');
  return trimmed;
}

export interface PreferencesChange {
  email?: string | null;
  mutedKinds?: NotificationKind[];
}

/** `email: null` removes the address, omitted keeps it; only mutable kinds may be muted. */
export function preferencesChange(input: { email?: string | null; mutedKinds?: readonly string[] | null }): PreferencesChange {
  const change: PreferencesChange = {};
  if (input.email !== undefined) change.email = input.email === null ? null : emailAddress(input.email, 'input.email');
  if (input.mutedKinds != null) {
    const mutable: readonly string[] = MUTABLE_KINDS;
    if (input.mutedKinds.some((k) => !mutable.includes(k))) {
      throw badArgument('input.mutedKinds', `may only name kinds one can turn off: ${MUTABLE_KINDS.join(', ')}`);
    }
    change.mutedKinds = input.mutedKinds as NotificationKind[];
  }
  return change;
}

export const settingsView = (preferences: NotificationPreferences) => ({
  email: preferences.email,
  mutedKinds: [...preferences.mutedKinds],
  mutableKinds: [...MUTABLE_KINDS],
});
