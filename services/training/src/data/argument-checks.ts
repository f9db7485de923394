// Training's own bounds on what clients send, checked before any SQL: each field's length cap,
// the years a date may fall in, the commune codes. The checks themselves are the kit's
// (input-checks.ts, one message style); this file only says what training allows.
import { badArgument, isoDate, isoInstant, type DayRange } from '@equality-graph/service-kit';
import { isCommuneCode } from '@equality-graph/territory';

/**
 * The tighter limit of each free-text field (the kit's generic caps, list sizes and 10,000
 * characters, come first), listed in the README.
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
const TRAINING_DAYS: DayRange = { min: `${YEAR_RANGE.min}-01-01`, max: `${YEAR_RANGE.max}-12-31` };

/** A real calendar day, YYYY-MM-DD, within YEAR_RANGE (PostgreSQL would refuse '2026-02-30' as an internal error). */
export const checkedDay = (value: string, argument: string): string => isoDate(value, argument, TRAINING_DAYS);

/** An ISO 8601 instant (a day alone means its midnight UTC) within YEAR_RANGE, every part checked. */
export const checkedInstant = (value: string, argument: string): Date => isoInstant(value, argument, TRAINING_DAYS);

/** A year figures can be asked for, within YEAR_RANGE. */
export function checkedYear(year: number, argument = 'year'): number {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    throw badArgument(argument, `must be a year between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`);
  }
  return year;
}

/**
 * The commune named by an input that still accepts its former field name (`communeCode`,
 * deprecated for `commune`, the name the three services share): both may be given only alike.
 */
export function communeOf(input: { commune?: string | null; communeCode?: string | null }, path: string, required: true): string;
export function communeOf(
  input: { commune?: string | null; communeCode?: string | null } | null | undefined,
  path: string,
  required: false,
): string | undefined;
export function communeOf(
  input: { commune?: string | null; communeCode?: string | null } | null | undefined,
  path: string,
  required: boolean,
): string | undefined {
  const { commune, communeCode } = input ?? {};
  if (commune != null && communeCode != null && commune !== communeCode) {
    throw badArgument(`${path}commune`, 'and `communeCode` (its former name) name different communes');
  }
  const code = commune ?? communeCode;
  if (code == null) {
    if (required) throw badArgument(`${path}commune`, 'is required');
    return undefined;
  }
  return checkedCommuneCode(code, commune != null ? `${path}commune` : `${path}communeCode`);
}

/** A commune of the department (INSEE code): anything else is a mistake, not an empty list. */
export function checkedCommuneCode(code: string, argument = 'communeCode'): string {
  if (!isCommuneCode(code)) throw badArgument(argument, 'is not a commune of the Hauts-de-Seine');
  return code;
}
