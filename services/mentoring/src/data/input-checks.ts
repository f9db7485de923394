// The programme's own argument checks (communes, labels, dates of the programme, cursors),
// run before SQL so a bad input is BAD_USER_INPUT, never a database error.
import { badUserInput } from '@equality-graph/service-kit';
import { isCommuneCode } from '@equality-graph/territory';

/** Shared argument checks: each throws BAD_USER_INPUT naming the argument. */
export function communeCode(value: string, argument = 'commune'): string {
  if (!isCommuneCode(value)) throw badUserInput(`${argument} must be the INSEE code of one of the 36 communes`, { argument });
  return value;
}

// PostgreSQL refuses U+0000 in text and jsonb with an internal error: told to the caller instead.
function withoutNul(value: string, argument: string): string {
  if (value.includes('\u0000')) throw badUserInput(`${argument} must not contain a NUL character`, { argument });
  return value;
}

export function text(value: string, argument: string, max = 2000): string {
  const trimmed = withoutNul(value, argument).trim();
  if (trimmed.length === 0 || trimmed.length > max) throw badUserInput(`${argument} must be 1 to ${max} characters`, { argument });
  return trimmed;
}

export function optionalText(value: string | null | undefined, argument: string, max = 2000): string | null {
  return value == null || value.trim() === '' ? null : text(value, argument, max);
}

/** A short list of short labels (fields of expertise, languages, topics), trimmed and de-duplicated. */
export function labels(values: readonly string[], argument: string, { min = 0, max = 20 } = {}): string[] {
  const cleaned = [...new Set(values.map((v) => withoutNul(v, argument).trim().toLowerCase()).filter((v) => v.length > 0))];
  if (cleaned.length < min || cleaned.length > max || cleaned.some((v) => v.length > 60)) {
    throw badUserInput(`${argument} must hold ${min} to ${max} labels of at most 60 characters`, { argument });
  }
  return cleaned;
}

export function nonEmpty<T>(values: readonly T[], argument: string): T[] {
  const unique = [...new Set(values)];
  if (unique.length === 0) throw badUserInput(`${argument} must not be empty`, { argument });
  return unique;
}

export function intBetween(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(`${argument} must be between ${min} and ${max}`, { argument });
  return value;
}

/** An identifier that is not free text (an account's `sub`, an audit action): no NUL, bounded. */
export function token(value: string, argument: string, max: number): string {
  withoutNul(value, argument);
  if (value.length === 0 || value.length > max) throw badUserInput(`${argument} must be 1 to ${max} characters`, { argument });
  return value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * The programme started well after 2000 and plans nothing past 2099: a date outside is a typo.
 * PostgreSQL would also refuse some of them (year 0) with an internal error.
 */
export const DATE_RANGE = { min: '2000-01-01', max: '2099-12-31' } as const;
export function isoDate(value: string, argument: string): string {
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    // Date rolls 2026-02-30 over to March 2: only a real calendar date reads back the same.
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw badUserInput(`${argument} must be a date YYYY-MM-DD`, { argument });
  }
  if (value < DATE_RANGE.min || value > DATE_RANGE.max)
    throw badUserInput(`${argument} must be between ${DATE_RANGE.min} and ${DATE_RANGE.max}`, { argument });
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function uuid(value: string, argument = 'id'): string {
  if (!UUID.test(value)) throw badUserInput(`${argument} is not an id`, { argument });
  return value.toLowerCase();
}

const NOT_A_CURSOR = '`after` is not a cursor returned by this list';
/**
 * A decoded cursor is whatever the client base64-encoded: lists keyed by id compare it with a
 * uuid column, where anything else would be a PostgreSQL error.
 */
export function idCursor<R extends { after: string | null }>(request: R): R {
  if (request.after !== null && !UUID.test(request.after)) throw badUserInput(NOT_A_CURSOR, { argument: 'after' });
  return request;
}

/** The events list's cursor, "<held_on>|<id>", checked the same way. */
export function dateIdCursor(after: string): { heldOn: string; id: string } {
  const [heldOn = '', id = '', ...rest] = after.split('|');
  try {
    if (rest.length > 0) throw new Error(NOT_A_CURSOR);
    return { heldOn: isoDate(heldOn, 'after'), id: uuid(id, 'after') };
  } catch {
    throw badUserInput(NOT_A_CURSOR, { argument: 'after' });
  }
}
