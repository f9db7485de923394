import type { DataSource, EntityManager } from 'typeorm';
import { badUserInput } from '@equality-graph/service-kit';

/**
 * Checks shared by the directory, experimentation and publication writes. Each throws
 * BAD_USER_INPUT naming the offending argument, before anything is written.
 */

/** Trimmed, non-empty text. */
export function requiredText(value: string | null | undefined, argument: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw badUserInput(`\`${argument}\` must not be empty`, { argument });
  return text;
}

/** Trimmed text, null when empty or absent. */
export function optionalText(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text ? text : null;
}

/** A French number (01 23 45 67 89, +33 1 23 45 67 89) or a short number (17, 115, 3919). */
export function checkPhone(value: string | null | undefined, argument: string): string | null {
  const phone = optionalText(value);
  if (phone === null) return null;
  const digits = phone.replace(/[\s.-]/g, '');
  if (!/^(\+33[1-9][0-9]{8}|0[1-9][0-9]{8}|[1-9][0-9]{1,3})$/.test(digits)) {
    throw badUserInput(`\`${argument}\` must be a French phone number (e.g. 01 23 45 67 89) or a short number (e.g. 3919)`, { argument });
  }
  return phone;
}

/** An absolute https URL with a host. */
export function checkHttpsUrl(value: string | null | undefined, argument: string): string | null {
  const text = optionalText(value);
  if (text === null) return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:' || !url.hostname) throw badUserInput(`\`${argument}\` must be an https URL`, { argument });
  return text;
}

/** A real calendar date written YYYY-MM-DD. */
export function checkIsoDate(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`\`${argument}\` must be a date written YYYY-MM-DD`, { argument });
  }
  return value;
}

export function checkNonNegative(value: number | null | undefined, argument: string): number | null {
  if (value == null) return null;
  if (!Number.isFinite(value) || value < 0) throw badUserInput(`\`${argument}\` must not be negative`, { argument });
  return value;
}

/** Non-empty, trimmed, de-duplicated strings. */
export function textList(values: readonly string[] | null | undefined, argument: string): string[] {
  return [...new Set((values ?? []).map((value) => requiredText(value, argument)))];
}

/** De-duplicated INSEE codes that all exist (one statement). */
export async function checkCommuneCodes(
  db: DataSource | EntityManager,
  codes: readonly string[] | null | undefined,
  argument: string,
): Promise<string[]> {
  const unique = [...new Set(codes ?? [])];
  if (unique.length === 0) return [];
  const rows: { code: string }[] = await db.query('SELECT code FROM commune WHERE code = ANY($1::text[])', [unique]);
  const known = new Set(rows.map((row) => row.code));
  const unknown = unique.filter((code) => !known.has(code));
  if (unknown.length > 0) throw badUserInput(`\`${argument}\` holds unknown commune codes: ${unknown.join(', ')}`, { argument, unknown });
  return unique;
}

/** Required fields of an update may be omitted but not set to null. */
export function notNull<T>(value: T | null | undefined, argument: string): T | undefined {
  if (value === null) throw badUserInput(`\`${argument}\` cannot be null`, { argument });
  return value;
}

/** Lower case without accents: the key a case- and accent-insensitive search compares. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** `%term%` for LIKE, with LIKE's own wildcards escaped. */
export function containsPattern(term: string): string {
  return `%${searchKey(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A keyset cursor written by this service: a JSON array of `length` strings/numbers ending with a row id. */
export function parseKeyset(after: string, length: number): (string | number)[] {
  let key: unknown;
  try {
    key = JSON.parse(after);
  } catch {
    key = null;
  }
  if (
    !Array.isArray(key) ||
    key.length !== length ||
    !key.every((k) => typeof k === 'string' || typeof k === 'number') ||
    !UUID.test(String(key.at(-1)))
  ) {
    throw badUserInput('`after` is not a cursor returned by this list', { argument: 'after' });
  }
  return key as (string | number)[];
}
