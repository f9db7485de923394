// The "Export" button: the same operation posted to the gateway's export endpoint, the answer
// saved as a file through a Blob (no new window, no inline script, nothing leaves this origin).
import { EXPORT_PATH, firstError, postJson, type OperationRequest } from './gateway-requests';
import type { ConsoleSession } from './session';

export type ExportFormat = 'csv' | 'csv-semicolon' | 'ndjson';

export const EXPORT_FORMATS: Array<{ value: ExportFormat; label: string }> = [
  { value: 'csv', label: 'CSV' },
  // Semicolons for French spreadsheets, whose decimal separator is the comma.
  { value: 'csv-semicolon', label: 'CSV (;)' },
  { value: 'ndjson', label: 'NDJSON' },
];

export function exportUrl(format: ExportFormat, list?: string): string {
  const params = new URLSearchParams({ format: format === 'ndjson' ? 'ndjson' : 'csv' });
  if (format === 'csv-semicolon') params.set('separator', 'semicolon');
  if (list) params.set('list', list);
  return `${EXPORT_PATH}?${params.toString()}`;
}

/** Posts the export and offers the file; resolves to its name, or throws the gateway's message. */
export async function downloadExport(session: ConsoleSession, request: OperationRequest, format: ExportFormat, list?: string): Promise<string> {
  const response = await postJson(session, exportUrl(format, list), request);
  if (!response.ok) {
    const text = await response.text();
    let message: string | undefined;
    try {
      message = firstError(JSON.parse(text));
    } catch {
      message = text.slice(0, 300);
    }
    throw new Error(message ?? `The export answered ${response.status}`);
  }
  const blob = await response.blob();
  const name = `${request.operationName ?? 'export'}.${format === 'ndjson' ? 'ndjson' : 'csv'}`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
