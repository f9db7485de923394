// The argument checks every service runs before SQL (text, dates, numbers, URLs, phone numbers),
// with one message style: "`argument` <problem>" and `extensions.argument`. Domain rules stay in
// each service; these are the ones that mean the same everywhere.
import { badArgument } from './errors';

/** The kit's input limits already cap strings at this length (input-limits.ts). */
export const MAX_TEXT_LENGTH = 10_000;

/** PostgreSQL refuses U+0000 in text and jsonb with an internal error: told to the caller instead. */
export function withoutNul(value: string, argument: string): string {
  if (value.includes('\u0000')) throw badArgument(argument, 'must not contain a NUL character');
  return value;
}

/** Trimmed, non-empty text of at most `max` characters, without NUL. */
export function requiredText(value: string | null | undefined, argument: string, max = MAX_TEXT_LENGTH): string {
  const text = withoutNul(value ?? '', argument).trim();
  if (!text) throw badArgument(argument, 'must not be empty');
  if (text.length > max) throw badArgument(argument, `must be at most ${max} characters`);
  return text;
}

/** Trimmed text, null when absent or blank; otherwise as `requiredText`. */
export function optionalText(value: string | null | undefined, argument: string, max = MAX_TEXT_LENGTH): string | null {
  return value == null || value.trim() === '' ? null : requiredText(value, argument, max);
}

/** Non-empty, trimmed, de-duplicated strings (each as `requiredText`). */
export function textList(values: readonly string[] | null | undefined, argument: string, max = MAX_TEXT_LENGTH): string[] {
  return [...new Set((values ?? []).map((value) => requiredText(value, argument, max)))];
}

/** An identifier that is not free text (an account's `sub`, an audit action): untrimmed, no NUL, 1 to `max` characters. */
export function token(value: string, argument: string, max: number): string {
  withoutNul(value, argument);
  if (value.length === 0 || value.length > max) throw badArgument(argument, `must be 1 to ${max} characters`);
  return value;
}

/** Fields of an update may be omitted but not set to null (GraphQL cannot say "required if present"). */
export function notNull<T>(value: T | null | undefined, argument: string): T | undefined {
  if (value === null) throw badArgument(argument, 'cannot be null');
  return value;
}

/** A value that must be given (a required field of a creation that the schema leaves optional for updates). */
export function required<T>(value: T | null | undefined, argument: string): T {
  if (value === null || value === undefined) throw badArgument(argument, 'cannot be null');
  return value;
}

/** Runs `check` on a present value; null when absent. */
export function optional<T, R>(value: T | null | undefined, check: (value: T) => R): R | null {
  return value === null || value === undefined ? null : check(value);
}

export function intBetween(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badArgument(argument, `must be between ${min} and ${max}`);
  return value;
}

export function nonNegative(value: number, argument: string): number {
  if (!Number.isFinite(value) || value < 0) throw badArgument(argument, 'must not be negative');
  return value;
}

export interface DayRange {
  min: string;
  max: string;
}

/** What PostgreSQL's `date` accepts of a four-digit year (year 0 would be its internal error). */
export const ANY_DAY: DayRange = { min: '0001-01-01', max: '9999-12-31' };

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day (JavaScript rolls 2026-02-30 over to 2 March; this refuses it) within `range`. */
export function isoDate(value: string, argument: string, range: DayRange = ANY_DAY): string {
  const match = DAY.exec(value);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])))
    throw badArgument(argument, 'must be a date written YYYY-MM-DD');
  if (value < range.min || value > range.max) throw badArgument(argument, `must be between ${range.min} and ${range.max}`);
  return value;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * An ISO 8601 instant (a day alone means its midnight UTC), every part checked: a real calendar
 * day within `range`, hours to 23, minutes and seconds to 59, an offset up to 14 hours.
 */
export function isoInstant(value: string, argument: string, range: DayRange = ANY_DAY): Date {
  const refuse = () =>
    badArgument(argument, `must be an ISO 8601 date-time (e.g. 2026-03-08T09:00:00Z) between ${range.min} and ${range.max}`);
  const match = INSTANT.exec(value);
  if (!match) throw refuse();
  const [year, month, day] = match.slice(1, 4).map(Number);
  const [hour, minute, second, offsetHours, offsetMinutes] = [match[4], match[5], match[6], match[8], match[9]].map((part) =>
    Number(part ?? 0),
  );
  const dayText = value.slice(0, 10);
  if (!isCalendarDay(year, month, day) || dayText < range.min || dayText > range.max) throw refuse();
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) throw refuse();
  const date = new Date(match[4] === undefined ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) throw refuse();
  return date;
}

/** An absolute https URL with a host, as given (trimmed). */
export function httpsUrl(value: string, argument: string): string {
  const text = value.trim();
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:' || !url.hostname) throw badArgument(argument, 'must be an https URL');
  return text;
}

/** A French number (01 23 45 67 89, +33 1 23 45 67 89) or a short number (17, 115, 3919), as given (trimmed). */
export function frenchPhone(value: string, argument: string): string {
  const phone = value.trim();
  const digits = phone.replace(/[\s.-]/g, '');
  if (!/^(\+33[1-9][0-9]{8}|0[1-9][0-9]{8}|[1-9][0-9]{1,3})$/.test(digits)) {
    throw badArgument(argument, 'must be a French phone number (e.g. 01 23 45 67 89) or a short number (e.g. 3919)');
  }
  return phone;
}
