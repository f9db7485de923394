// The one UUID check of the project: a loose pattern (36 of [0-9a-f-]) lets strings PostgreSQL
// refuses as uuid reach SQL, and an internal error then answers what should be a bad input.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
