// The observatory's own argument checks (those that need its data or mean something only here);
// the generic ones (text, dates, URLs, phones, null) are the kit's, in the same message style.
import type { DataSource, EntityManager } from 'typeorm';
import { badArgument } from '@equality-graph/service-kit';
import { communesOfPostalCode } from '@equality-graph/territory';

/** De-duplicated INSEE codes that all exist in the commune table (one statement). */
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
  if (unknown.length > 0) throw badArgument(argument, `holds unknown commune codes: ${unknown.join(', ')}`, { unknown });
  return unique;
}

const YEAR = /^[0-9]{4}$/;

/** Observation periods are calendar years written "2023". */
export function assertPeriod(period: string | null | undefined, argument: string): void {
  if (period != null && !YEAR.test(period)) throw badArgument(argument, 'must be a year such as "2023"');
}

/** A report's year: the observatory's publications start in 1990. */
export function checkPublicationYear(year: number, argument: string): number {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) throw badArgument(argument, 'must be a year between 1990 and 2100');
  return year;
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

/** INSEE codes of the communes a postal code of the department serves (Etalab's reference data). */
export function communesOfDepartmentPostalCode(postalCode: string, argument: string): string[] {
  const communes = communesOfPostalCode(postalCode.trim());
  if (communes.length === 0) throw badArgument(argument, `is not a postal code of the department: ${postalCode.trim().slice(0, 10)}`);
  return communes;
}

/** A postal code as stored: one of the department's communes' codes (CEDEX codes are refused). */
export function departmentPostalCode(postalCode: string, argument: string): string {
  communesOfDepartmentPostalCode(postalCode, argument);
  return postalCode.trim();
}
