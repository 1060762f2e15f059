/**
 * A spreadsheet's text as a table: papaparse reads quotes, line breaks inside cells and the rest; this decides the
 * separator, skips notes above the header row (LinkedIn's Connections.csv has some), blank lines and empty columns
 * at the right, and keeps the line each row starts on, as the spreadsheet numbers it, for the problems to name.
 */
import Papa from 'papaparse';

export const SEPARATORS = [',', ';', '\t'] as const;
export type Separator = (typeof SEPARATORS)[number];

export interface DataRow {
  /** The line of the file the row starts on, from 1. */
  line: number;
  cells: string[];
}

export interface Table {
  separator: Separator;
  headerLine: number;
  columns: string[];
  rows: DataRow[];
}

/**
 * A cell as its writer meant it: Stint's CSV export (and careful spreadsheets) put a `'` before text starting with
 * = + - @, a tab or a carriage return so that no spreadsheet runs it as a formula; read back, the mark goes.
 */
export function cellText(cell: string): string {
  return cell.replace(/^'(?=[=+\-@\t\r])/, '').trim();
}

/** Rows read to choose the separator and the header: notes above a header are a few lines, never dozens. */
const LOOK_AHEAD_ROWS = 50;

function nonEmpty(cells: readonly string[]): number {
  return cells.reduce((count, cell) => (cell.trim() === '' ? count : count + 1), 0);
}

/**
 * The separator that splits the first rows most alike: the one giving the most rows of the same width past one
 * cell. A `;` file's amounts such as "1.250,50 €" split on `,` too, but into rows of unequal widths. Width counts
 * empty cells too: rows of a real table differ in which cells are filled, not in how many there are.
 */
function chooseSeparator(text: string, newline: LineBreak): Separator {
  let best: { separator: Separator; score: number } = { separator: ',', score: -1 };
  for (const separator of SEPARATORS) {
    const widths = new Map<number, number>();
    const { data } = Papa.parse<string[]>(text, { delimiter: separator, newline, preview: LOOK_AHEAD_ROWS, skipEmptyLines: 'greedy' });
    for (const row of data) {
      const width = row.length;
      if (width > 1) widths.set(width, (widths.get(width) ?? 0) + 1);
    }
    const score = Math.max(0, ...[...widths.entries()].map(([width, rows]) => rows * 1000 + width));
    if (score > best.score) best = { separator, score };
  }
  return best.separator;
}

type LineBreak = '\r\n' | '\n' | '\r';

/**
 * How the file ends its lines, as papaparse guesses it (by the majority, outside quoted cells), guessed once and
 * told to every parse after: left to guess, it splits the first megabyte of the text on each of the four.
 */
function lineBreakOf(text: string): LineBreak {
  return Papa.parse<string[]>(text, { preview: 1 }).meta.linebreak as LineBreak;
}

/** Every row with the line it starts on; blank lines are left out. */
function readRows(text: string, separator: Separator, newline: LineBreak): DataRow[] {
  const rows: DataRow[] = [];
  let line = 1;
  let scanned = 0;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    newline,
    step: (result) => {
      // A row starts where the one before ended: its line is one more than the line breaks before that.
      for (let at = text.indexOf('\n', scanned); at !== -1 && at < start; at = text.indexOf('\n', at + 1)) line += 1;
      scanned = start;
      if (nonEmpty(result.data) > 0) rows.push({ line, cells: result.data });
      start = result.meta.cursor;
    },
  });
  return rows;
}

/**
 * The table in `text`: the header is the row among the first that names the most known columns (`isKnownHeader`;
 * a line of notes above it such as "Notes:" names one at most), else the first row of two cells or more. Null when
 * the file holds no such row.
 */
export function readTable(raw: string, isKnownHeader: (cell: string) => boolean): Table | null {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const newline = lineBreakOf(text);
  const separator = chooseSeparator(text, newline);
  const rows = readRows(text, separator, newline);
  const head = rows.slice(0, LOOK_AHEAD_ROWS);
  const known = head.map((row) => row.cells.filter(isKnownHeader).length);
  const most = Math.max(0, ...known);
  const header = most > 0 ? head[known.indexOf(most)] : head.find((row) => nonEmpty(row.cells) > 1);
  if (!header) return null;
  const after = rows.slice(rows.indexOf(header) + 1);
  // Spreadsheets save empty columns at the right as trailing separators: they are no columns.
  let width = header.cells.length;
  while (width > 0 && header.cells[width - 1]?.trim() === '' && after.every((row) => (row.cells[width - 1] ?? '').trim() === '')) width -= 1;
  return {
    separator,
    headerLine: header.line,
    columns: header.cells.slice(0, width).map((cell) => cell.trim()),
    rows: after.map((row) => ({ line: row.line, cells: row.cells.map(cellText) })),
  };
}
