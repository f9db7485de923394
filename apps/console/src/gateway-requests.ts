// The console's calls to its own origin: GraphQL, the cost preview and the export. Nothing else
// is fetched (the CSP allows no other origin anyway).
import { authorization, type ConsoleSession } from './session';

export interface OperationRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

export const GRAPHQL_PATH = '/graphql';
export const COST_PATH = '/console/cost';
export const EXPORT_PATH = '/graphql/export';

export const postJson = (session: ConsoleSession, path: string, body: unknown, signal?: AbortSignal) =>
  fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...authorization(session) },
    body: JSON.stringify(body),
    signal,
  });

/** Variables as typed in GraphiQL's editor; malformed JSON is reported by GraphiQL itself. */
export function parseVariables(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The first error message of a GraphQL-style JSON answer, if any. */
export function firstError(body: unknown): string | undefined {
  const errors = (body as { errors?: Array<{ message?: unknown }> } | null)?.errors;
  const message = Array.isArray(errors) ? errors[0]?.message : undefined;
  return typeof message === 'string' ? message : undefined;
}
