// Request ids: generated or accepted from the gateway only when safe to write into logs,
// headers and audit rows; the gateway and subgraphs use the same rule.
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';
/**
 * Long enough not to collide by accident, short and plain enough to be written into logs,
 * headers and audit rows as is (no quotes, spaces, control characters or markup).
 */
const SAFE_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function isSafeRequestId(value: unknown): value is string {
  return typeof value === 'string' && SAFE_ID.test(value);
}

/** Keeps a caller's id only when it is safe to echo into logs, headers and audit rows. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return isSafeRequestId(value) ? value : randomUUID();
}
