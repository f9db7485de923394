// Training's checks on what clients send, before any SQL, in one message style: resolvers and
// data modules call these rather than writing their own refusals (the README lists each cap).
import { badUserInput } from '@equality-graph/service-kit';
import { isCommuneCode } from '@equality-graph/territory';

/**
 * Training's field-by-field checks on what clients send, run before any SQL: PostgreSQL refuses
 * a NUL character in text (an internal error, not the client's BAD_USER_INPUT), parses
 * '2026-02-30' as an error too while JavaScript silently rolls it over to 2 March, and nothing
 * else bounds a free-text column. The kit's generic caps (list sizes, 10,000 characters) come
 * first; these are the tighter limits of each field, listed in the README.
 */
export const TEXT_LIMITS = {
  displayName: 120,
  trainerName: 120,
  venue: 120,
  trainerAccountId: 200,
  accountId: 200,
  reason: 500,
  awarenessTitle: 200,
  topic: 300,
  auditAction: 100,
} as const;

/** The years a date may fall in: sessions and actions exist from 2021; anything far off is a typo or a probe. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

const NUL = '\u0000';

/** Text PostgreSQL can hold: a NUL character is refused (the column would refuse it as an internal error). */
export function withoutNul(value: string, argument: string): string {
  if (value.includes(NUL)) throw badUserInput(`\`${argument}\` contains a NUL character`, { argument });
  return value;
}

/** Trimmed text within `max` characters, without NUL; empty only when not `required`. */
export function checkedText(value: string, argument: string, max: number, required = true): string {
  withoutNul(value, argument);
  const trimmed = value.trim();
  if (required && !trimmed) throw badUserInput(`\`${argument}\` must not be empty`, { argument });
  if (trimmed.length > max) throw badUserInput(`\`${argument}\` is longer than ${max} characters`, { argument });
  return trimmed;
}

/** Optional text: null, absent or blank is null. */
export function optionalText(value: string | null | undefined, argument: string, max: number): string | null {
  return value === null || value === undefined ? null : checkedText(value, argument, max, false) || null;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const inYearRange = (year: number) => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day, YYYY-MM-DD, within YEAR_RANGE. */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  return inYearRange(year) && isCalendarDay(year, month, day);
}

export function checkedDay(value: string, argument: string): string {
  if (!isDay(value)) {
    throw badUserInput(`\`${argument}\` must be a real day, YYYY-MM-DD, between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`, { argument });
  }
  return value;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * An ISO 8601 instant (a day alone means its midnight UTC), every part checked: a real
 * calendar day, hours to 23, minutes and seconds to 59, an offset up to 14 hours.
 */
export function checkedInstant(value: string, argument: string): Date {
  const match = INSTANT.exec(value);
  const refuse = () =>
    badUserInput(
      `\`${argument}\` must be an ISO 8601 date-time (e.g. 2026-03-08T09:00:00Z) between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`,
      {
        argument,
      },
    );
  if (!match) throw refuse();
  const [year, month, day] = match.slice(1, 4).map(Number);
  const [hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(4, 7)
    .concat(match.slice(8, 10))
    .map((part) => Number(part ?? 0));
  if (!inYearRange(year) || !isCalendarDay(year, month, day) || hour > 23 || minute > 59 || second > 59) throw refuse();
  if (offsetHours > 14 || offsetMinutes > 59) throw refuse();
  const date = new Date(match[4] === undefined ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw refuse();
  return date;
}

/** A year figures can be asked for, within YEAR_RANGE. */
export function checkedYear(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || !inYearRange(year)) {
    throw badUserInput(`\`${argument}\` must be a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`, { argument });
  }
  return year;
}

/** A commune of the department (INSEE code): anything else is a mistake, not an empty list. */
export function checkedCommuneCode(code: string, argument = 'communeCode'): string {
  if (!isCommuneCode(code)) throw badUserInput(`\`${argument}\` is not a commune of the Hauts-de-Seine`, { argument });
  return code;
}
