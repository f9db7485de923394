// The emails the platform sends, and which of them a person may turn off: one list for the
// services that write them and the worker that renders them.

/** Essential emails (a decision about her, a change to something she booked) cannot be muted. */
export const NOTIFICATION_KINDS = {
  'mentee.application-received': { essential: true },
  'mentee.application-accepted': { essential: true },
  'mentee.parental-consent-needed': { essential: true },
  'match.proposed': { essential: true },
  'match.accepted': { essential: false },
  'match.declined': { essential: false },
  'match.ended': { essential: true },
  'session.logged': { essential: false },
  'survey.requested': { essential: false },
  'training.enrolment-confirmed': { essential: true },
  'training.waitlist-promoted': { essential: true },
  'training.session-cancelled': { essential: true },
  'training.certificate-issued': { essential: false },
} as const;

export type NotificationKind = keyof typeof NOTIFICATION_KINDS;

export const isNotificationKind = (value: string): value is NotificationKind => Object.hasOwn(NOTIFICATION_KINDS, value);
export const isEssential = (kind: NotificationKind): boolean => NOTIFICATION_KINDS[kind].essential;
/** The kinds a person may turn off. */
export const MUTABLE_KINDS = (Object.keys(NOTIFICATION_KINDS) as NotificationKind[]).filter((k) => !isEssential(k));
