// NDJSON: one JSON object per row, keyed by the dotted column names, values as the JSON answer
// has them (null stays null, a list inside a row stays an array); no header line.
import type { Cell } from './flatten';

export class NdjsonWriter {
  constructor(private readonly names: string[]) {}

  line(cells: Cell[]): string {
    return `${JSON.stringify(Object.fromEntries(this.names.map((name, i) => [name, cells[i] ?? null])))}\n`;
  }

  header(): string {
    return '';
  }

  /** The last line of an export cut short: an object no row can be (rows never hold `exportError`). */
  incomplete(code: string, message: string): string {
    return `${JSON.stringify({ exportError: { message, extensions: { code } } })}\n`;
  }
}
