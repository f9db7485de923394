// The programme's own argument checks (communes, labels, its range of dates, cursor shapes), on
// top of the kit's generic ones and in the same message style, run before SQL.
import { badArgument, isoDate, withoutNul, type DayRange } from '@equality-graph/service-kit';
import { isCommuneCode } from '@equality-graph/territory';

/** The programme's free texts (a bio, a project, a comment) unless a field says less. */
export const TEXT_MAX = 2000;

export function communeCode(value: string, argument = 'commune'): string {
  if (!isCommuneCode(value)) throw badArgument(argument, 'must be the INSEE code of one of the 36 communes');
  return value;
}

/** A short list of short labels (fields of expertise, languages, topics), trimmed and de-duplicated. */
export function labels(values: readonly string[], argument: string, { min = 0, max = 20 } = {}): string[] {
  const cleaned = [...new Set(values.map((v) => withoutNul(v, argument).trim().toLowerCase()).filter((v) => v.length > 0))];
  if (cleaned.length < min || cleaned.length > max || cleaned.some((v) => v.length > 60)) {
    throw badArgument(argument, `must hold ${min} to ${max} labels of at most 60 characters`);
  }
  return cleaned;
}

export function nonEmpty<T>(values: readonly T[], argument: string): T[] {
  const unique = [...new Set(values)];
  if (unique.length === 0) throw badArgument(argument, 'must not be empty');
  return unique;
}

/**
 * The programme started well after 2000 and plans nothing past 2099: a date outside is a typo.
 * PostgreSQL would also refuse some of them (year 0) with an internal error.
 */
export const PROGRAMME_DAYS: DayRange = { min: '2000-01-01', max: '2099-12-31' };

/** A real calendar day (the kit's check) within the programme's years. */
export function programmeDate(value: string, argument: string): string {
  return isoDate(value, argument, PROGRAMME_DAYS);
}

/** The keyset of the lists in id order (mentors, mentees, mentorships). */
export const ID_KEYSET = ['uuid'] as const;
/** The keyset of the events list, most recent first: held on, then id. */
export const EVENT_KEYSET = ['day', 'uuid'] as const;
