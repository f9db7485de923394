// A JSON object body read up to the same byte limit as /graphql: the export's
// { query, variables, operationName }, and the console's cost preview's.
import type { IncomingMessage } from 'node:http';
import { HttpError } from '@equality-graph/service-kit';

export interface ExportBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
  extensions?: Record<string, unknown>;
}

const tooLarge = (limit: number) => new HttpError(413, `Request body larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE');

/** One JSON object (not a batch): 413 above `maxBytes`, 400 BAD_REQUEST for anything else. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<Record<string, unknown>> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) throw tooLarge(maxBytes);
  let text = '';
  let bytes = 0;
  req.setEncoding('utf8');
  for await (const piece of req) {
    bytes += Buffer.byteLength(piece as string);
    if (bytes > maxBytes) throw tooLarge(maxBytes);
    text += piece as string;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON', 'BAD_REQUEST');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'Send one operation: a JSON object { query, variables, operationName }', 'BAD_REQUEST');
  }
  return body as Record<string, unknown>;
}

export async function readExportBody(req: IncomingMessage, maxBytes: number): Promise<ExportBody> {
  const body = await readJsonBody(req, maxBytes);
  const { query, variables, operationName } = body;
  if (typeof query !== 'string') throw new HttpError(400, "An export needs the operation's text in `query`", 'BAD_REQUEST');
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new HttpError(400, '`variables` must be an object', 'BAD_REQUEST');
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw new HttpError(400, '`operationName` must be a string', 'BAD_REQUEST');
  }
  // Apollo refuses keys present with an undefined value: only those given are kept.
  return {
    ...body,
    query,
    ...(variables ? { variables: variables as ExportBody['variables'] } : {}),
    ...(typeof operationName === 'string' ? { operationName } : {}),
  } as ExportBody;
}
