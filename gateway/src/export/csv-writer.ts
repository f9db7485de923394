// CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds the separator, a
// quote, CR or LF, quotes doubled. Numbers are written as JSON writes them, with a decimal
// comma when the separator is `;` (what a French spreadsheet reads as a number); no thousands
// separator. Null is an empty cell; a list inside a row is one JSON-encoded cell.
// Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a CR: a
// mentor's display name, a bio) gets a leading apostrophe, the OWASP advice against CSV
// injection: an analyst opening an export must not run what someone typed into a form.
import type { Cell } from './flatten';

const FORMULA_START = /^[=+\-@\t\r]/;

export class CsvWriter {
  constructor(private readonly separator: ',' | ';') {}

  private field(value: Cell): string {
    let text: string;
    if (value === null || value === undefined) text = '';
    else if (typeof value === 'number') text = this.separator === ';' ? String(value).replace('.', ',') : String(value);
    else if (typeof value === 'string') text = FORMULA_START.test(value) ? `'${value}` : value;
    else if (typeof value === 'boolean') text = String(value);
    else text = JSON.stringify(value);
    return text.includes(this.separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  }

  line(cells: Cell[]): string {
    return `${cells.map((cell) => this.field(cell)).join(this.separator)}\r\n`;
  }

  header(names: string[]): string {
    return this.line(names);
  }

  /** The last record of an export cut short: one cell saying why (see the README). */
  incomplete(code: string, message: string): string {
    return this.line([`#export incomplete: ${code}: ${message}`]);
  }
}
