import { badUserInput } from '@equality-graph/service-kit';
import { isCommuneCode } from '@equality-graph/territory';

/** Shared argument checks: each throws BAD_USER_INPUT naming the argument. */
export function communeCode(value: string, argument = 'commune'): string {
  if (!isCommuneCode(value)) throw badUserInput(`${argument} must be the INSEE code of one of the 36 communes`, { argument });
  return value;
}

export function text(value: string, argument: string, max = 2000): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw badUserInput(`${argument} must be 1 to ${max} characters`, { argument });
  return trimmed;
}

export function optionalText(value: string | null | undefined, argument: string, max = 2000): string | null {
  return value == null || value.trim() === '' ? null : text(value, argument, max);
}

/** A short list of short labels (fields of expertise, languages, topics), trimmed and de-duplicated. */
export function labels(values: readonly string[], argument: string, { min = 0, max = 20 } = {}): string[] {
  const cleaned = [...new Set(values.map((v) => v.trim().toLowerCase()).filter((v) => v.length > 0))];
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isoDate(value: string, argument: string): string {
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw badUserInput(`${argument} must be a date YYYY-MM-DD`, { argument });
  }
  return value;
}

export function uuid(value: string, argument = 'id'): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value))
    throw badUserInput(`${argument} is not an id`, { argument });
  return value.toLowerCase();
}
