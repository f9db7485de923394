// Which export the caller asked for: the `format` parameter first, else the Accept header; the
// CSV separator and the dotted path of the list to flatten.
import type { IncomingMessage } from 'node:http';
import { HttpError } from '@equality-graph/service-kit';

export type ExportFormat = 'csv' | 'ndjson';

export interface ExportRequest {
  format: ExportFormat;
  /** `,` by default; `;` (separator=semicolon) for French spreadsheets, which also write decimal commas. */
  separator: ',' | ';';
  /** Response keys from the operation's root to the list to flatten (`list=a.b`), or undefined: the first list. */
  listPath?: string[];
}

const MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

export const contentTypeOf = (format: ExportFormat) => MEDIA_TYPES[format];

function formatFromAccept(accept: string): ExportFormat | undefined {
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  if (types.includes('text/csv')) return 'csv';
  if (types.includes('application/x-ndjson') || types.includes('application/ndjson')) return 'ndjson';
  return undefined;
}

const bad = (message: string) => new HttpError(400, message, 'BAD_USER_INPUT');

export function negotiateExport(req: IncomingMessage): ExportRequest {
  const params = new URL(req.url ?? '/', 'http://x').searchParams;
  const asked = params.get('format');
  if (asked !== null && asked !== 'csv' && asked !== 'ndjson') throw bad('format must be csv or ndjson');
  const format = asked ?? formatFromAccept(String(req.headers.accept ?? ''));
  if (!format) throw bad('Choose the export format: ?format=csv|ndjson or Accept: text/csv | application/x-ndjson');
  const separator = params.get('separator');
  if (separator !== null && separator !== 'comma' && separator !== 'semicolon') throw bad('separator must be comma or semicolon');
  const list = params.get('list');
  if (list !== null && !/^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/.test(list)) {
    throw bad('list must be a dotted path of response keys, e.g. observations or commune.observations');
  }
  return { format, separator: separator === 'semicolon' ? ';' : ',', listPath: list ? list.split('.') : undefined };
}
