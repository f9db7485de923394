// The NOT_FOUND answers given alike for an unknown id and for one the caller may not touch, so
// that probing ids tells nothing; every data module refusing a session or enrolment uses them.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids: anything else matches no row (and must not reach PostgreSQL as a uuid). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * One answer for "no such session" and "not your session": a trainer probing ids must not tell
 * the sessions that exist (of unpublished courses, say) from those that do not.
 */
export const NO_SUCH_SESSION = 'No such training session';
export const NO_SUCH_ENROLMENT = 'No such enrolment';
