// The NOT_FOUND answers of training, given alike for an unknown id and for one the caller may
// not touch, so that probing ids tells nothing; every data module refusing a row uses these.

/**
 * One answer for "no such session" and "not your session": a trainer probing ids must not tell
 * the sessions that exist (of unpublished courses, say) from those that do not.
 */
export const NO_SUCH_SESSION = 'No such training session';
export const NO_SUCH_ENROLMENT = 'No such enrolment';
export const NO_SUCH_COURSE = 'No such training course';
