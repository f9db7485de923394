// The one UUID check of the project: a loose pattern (36 of [0-9a-f-]) lets strings PostgreSQL
// refuses as uuid reach SQL, and an internal error then answers what should be a bad input.
import { badArgument } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The id itself, lower-cased; BAD_USER_INPUT "`id` is not an id" otherwise. */
export function assertUuid(value: string, argument = 'id'): string {
  if (!isUuid(value)) throw badArgument(argument, 'is not an id');
  return value.toLowerCase();
}

/** The uuids among `values`: what a by-ids loader may send to a uuid column (the others match no row). */
export function uuidsOnly(values: readonly string[]): string[] {
  return values.filter(isUuid);
}
