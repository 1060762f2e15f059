/**
 * CSV as a spreadsheet opens it: UTF-8 with a byte-order mark (without one, Excel reads the text as the system's
 * code page and spoils every accent), CRLF line ends, and no cell that a spreadsheet would run as a formula.
 * papaparse writes the quoting; this only says how.
 */
import Papa from 'papaparse';

/** A cell: text, a number (written as it is, for the spreadsheet to sum), or empty. */
export type CsvCell = string | number | null;

/** A column: its header, and its cell in a row. */
export interface CsvColumn<Row> {
  header: string;
  cell(row: Row): CsvCell;
}

const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/**
 * Text a spreadsheet would read as a formula (`=HYPERLINK(…)`, `+1+1`, `@SUM(1)`, a leading tab or carriage return):
 * papaparse puts a `'` before it, so Excel and LibreOffice show it as text. Its own `escapeFormulae: true` pattern,
 * `/^[=+\-@\t\r].*$/`, misses a cell of several lines (`.` stops at a line break, and `$` is the text's end), so
 * `=1+1` followed by a second line would be written as a formula; this pattern looks at the first character only.
 * Numbers are never prefixed (papaparse tests only text): a negative amount stays a number the spreadsheet can add.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The rows under their columns' headers, every line (the last too) ending in CRLF. */
export function csvText<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => column.header), ...rows.map((row) => columns.map((column) => column.cell(row)))];
  return BYTE_ORDER_MARK + Papa.unparse(lines, { newline: LINE_END, escapeFormulae: FORMULA_START }) + LINE_END;
}
