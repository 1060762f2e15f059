/**
 * What a CSV import will do, decided from the file, the choices made so far and the database as it is: the table,
 * the mapping, how dates and status words are read, and for each row whether it is added, merged into a record
 * (or an earlier row), skipped as a duplicate, or left out as bad. Nothing is written here.
 */
import { format as formatDate } from 'date-fns';
import { MAX_CSV_ROWS, type DateOrder, type DuplicateChoice, type Stage } from '../../../../../shared/domain';
import type { CsvDuplicate, CsvPreview, CsvRowProblem } from '../../../../../shared/schemas';
import type { Db } from '../../../db/open';
import { fingerprint, previewToken } from '../preview-token';
import { Listed } from '../problems';
import { isAmbiguous, provenOrder, readDate, type ReadDate } from './dates';
import { isKnownHeader, recognisedLayout, suggestColumns, type Columns } from './fields';
import type { CsvKind, Match, ReadingChoices, RowValues } from './kind';
import { readTable, type Table } from './read-table';
import { suggestedStage } from './statuses';
import { wordKey } from './words';

export interface CsvChoices {
  columns?: Partial<Columns> | undefined;
  dateOrder?: DateOrder | undefined;
  stages?: { word: string; stage: Stage | null }[] | undefined;
  duplicates?: DuplicateChoice | undefined;
}

export interface PlannedRow<Input> {
  line: number;
  values: RowValues;
  input: Input | null;
  action: 'add' | 'merge' | 'skip' | 'bad';
  /** The record here it matches, or the earlier row (`into`, its index) it is merged into or skipped for. */
  match: Match | null;
  into: number | null;
}

export interface CsvPlan<Input> {
  preview: CsvPreview;
  rows: PlannedRow<Input>[];
  fileDigest: string;
}

const EXAMPLES = 5;

function dayAndMonth(iso: string): string {
  return formatDate(new Date(`${iso}T12:00:00`), 'd MMMM');
}

/** How the file's dates read, and what to ask when they read two ways. */
function readDates(table: Table, column: number | null, given: DateOrder | undefined) {
  const reads: { row: number; text: string; read: ReadDate }[] = [];
  if (column !== null) {
    for (const row of table.rows) {
      const text = row.cells[column] ?? '';
      const read = text === '' ? null : readDate(text);
      if (read) reads.push({ row: row.line, text, read });
    }
  }
  const ambiguous = reads.filter((each) => isAmbiguous(each.read));
  const order = given ?? provenOrder(reads.map((each) => each.read));
  const shown = [...ambiguous, ...reads.filter((each) => !isAmbiguous(each.read))].slice(0, EXAMPLES);
  const header = column === null ? '' : (table.columns[column] ?? '');
  const first = ambiguous[0];
  const need =
    first && order === null
      ? [`Say whether ${first.text} is ${dayAndMonth(first.read.dayFirst as string)} or ${dayAndMonth(first.read.monthFirst as string)}: are the file’s dates day first or month first?`]
      : [];
  return {
    order,
    need,
    dates: {
      order,
      ambiguous: ambiguous.length > 0,
      examples: shown.map((each) => ({ row: each.row, column: header, text: each.text, dayFirst: each.read.dayFirst, monthFirst: each.read.monthFirst })),
    },
  };
}

/** Each status word of the file with its rows, and the stage it becomes: the user's choice, else Stint's suggestion. */
function readStatuses(table: Table, column: number | null, given: CsvChoices['stages']) {
  const words = new Map<string, { word: string; rows: number }>();
  if (column !== null) {
    for (const row of table.rows) {
      const word = row.cells[column] ?? '';
      if (word === '') continue;
      const key = wordKey(word);
      const seen = words.get(key) ?? { word, rows: 0 };
      seen.rows += 1;
      words.set(key, seen);
    }
  }
  const chosen = new Map((given ?? []).filter((each) => each.stage !== null).map((each) => [wordKey(each.word), each.stage as Stage]));
  const stages = new Map<string, Stage>();
  const needs: string[] = [];
  const statuses = [...words.entries()].map(([key, { word, rows }]) => {
    const suggested = suggestedStage(word);
    const stage = chosen.get(key) ?? suggested;
    if (stage) stages.set(key, stage);
    else needs.push(`Choose the stage for the status “${word}” (${rows} row${rows === 1 ? '' : 's'})`);
    return { word, rows, stage, suggested };
  });
  return { statuses, stages, needs };
}

function columnNeeds(kind: CsvKind<unknown>, columns: Columns, width: number): string[] {
  return kind.fields.flatMap((field) => {
    const column = columns[field.key];
    return typeof column === 'number' && column >= width ? [`Column ${column} is not in the file, which has ${width} columns (0 to ${width - 1}): choose the column that holds ${field.label}`] : [];
  });
}

function emptyPreview(kind: CsvKind<unknown>, problems: CsvRowProblem[]): CsvPreview {
  return {
    format: kind.format,
    token: null,
    needs: [],
    table: { separator: ',', headerLine: 0, columns: [], sampleRows: [], rowCount: 0 },
    recognised: null,
    fields: kind.fields.map((field) => ({ key: field.key, label: field.label, required: field.required, column: null })),
    dates: { order: null, ambiguous: false, examples: [] },
    statuses: [],
    rows: { total: 0, good: 0, bad: 0, duplicates: 0, toAdd: 0, toMerge: 0, toSkip: 0 },
    problems,
    problemCount: problems.length,
    duplicates: [],
    duplicateCount: 0,
  };
}

/** Each row read, checked and matched; a duplicate merged into an earlier row makes that row's record whole. */
function planRows<Input>(db: Db, kind: CsvKind<Input>, table: Table, choices: ReadingChoices, duplicates: DuplicateChoice, problems: Listed<CsvRowProblem>, found: Listed<CsvDuplicate>) {
  const here = kind.loadHere(db);
  const inFile = new Map<string, number>();
  const rows: PlannedRow<Input>[] = [];
  for (const row of table.rows) {
    const rowProblems: CsvRowProblem[] = [];
    const values = kind.read(row.cells, row.line, choices, rowProblems);
    const checked = rowProblems.length === 0 ? kind.check(values, row.line, choices) : { input: null, problems: rowProblems };
    const planned: PlannedRow<Input> = { line: row.line, values, input: checked.input, action: 'add', match: null, into: null };
    rows.push(planned);
    if (checked.input === null) {
      planned.action = 'bad';
      checked.problems.forEach((problem) => problems.add(() => problem));
      continue;
    }
    const keys = kind.keys(values);
    const existing = keys.map((key) => ({ ...key, match: here.get(key.key) })).find((key) => key.match);
    const earlier = existing ? undefined : keys.map((key) => ({ ...key, index: inFile.get(key.key) })).find((key) => key.index !== undefined);
    if (existing?.match) {
      const { match, by } = existing;
      planned.action = duplicates === 'merge' ? 'merge' : 'skip';
      planned.match = match;
      found.add(() => ({ row: row.line, existing: match.label, by }));
      continue;
    }
    if (earlier?.index !== undefined) {
      const first = rows[earlier.index] as PlannedRow<Input>;
      planned.into = earlier.index;
      planned.action = 'skip';
      if (duplicates === 'merge') {
        // The two rows make one record: the later row's cells fill or update the earlier's.
        const merged = { ...first.values, ...values };
        const recheck = kind.check(merged, row.line, choices);
        if (recheck.input === null) {
          planned.action = 'bad';
          recheck.problems.forEach((problem) => problems.add(() => problem));
          continue;
        }
        first.values = merged;
        first.input = recheck.input;
        planned.action = 'merge';
      }
      found.add(() => ({ row: row.line, existing: `row ${first.line} of this file`, by: earlier.by }));
      continue;
    }
    const clash = kind.clash?.(values, here, row.line) ?? null;
    if (clash) {
      planned.action = 'bad';
      planned.input = null;
      problems.add(() => ({ row: row.line, column: null, message: clash }));
      continue;
    }
    for (const key of keys) if (!inFile.has(key.key)) inFile.set(key.key, rows.length - 1);
  }
  return rows;
}

export function planCsv<Input>(db: Db, kind: CsvKind<Input>, text: string, given: CsvChoices): CsvPlan<Input> {
  const fileDigest = fingerprint(text);
  const table = readTable(text, isKnownHeader(kind.format));
  if (!table) {
    return { preview: emptyPreview(kind as CsvKind<unknown>, [{ row: null, column: null, message: 'This file has no header row: a line of column names, such as Title, Client, Stage, followed by a row per record.' }]), rows: [], fileDigest };
  }
  if (table.rows.length > MAX_CSV_ROWS) {
    const message = `This file has ${table.rows.length.toLocaleString('en-GB')} rows; Stint imports at most ${MAX_CSV_ROWS.toLocaleString('en-GB')} at once: split it into parts and import each.`;
    return { preview: emptyPreview(kind as CsvKind<unknown>, [{ row: null, column: null, message }]), rows: [], fileDigest };
  }
  const columns = suggestColumns(kind.format, table.columns, given.columns);
  const inFile = (column: number | null | undefined) => (typeof column === 'number' && column < table.columns.length ? column : null);
  const dates = readDates(table, inFile(columns[kind.dateField]), given.dateOrder);
  const statuses = kind.format === 'csv-bids' ? readStatuses(table, inFile(columns.stage), given.stages) : { statuses: [], stages: new Map<string, Stage>(), needs: [] };
  const needs = [...columnNeeds(kind as CsvKind<unknown>, columns, table.columns.length), ...kind.mappingNeeds(columns), ...dates.need, ...statuses.needs];
  const recognised = recognisedLayout(kind.format, table.columns);
  const usable = Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, inFile(column)]));
  const choices: ReadingChoices = { columns: usable, headers: table.columns, dateOrder: dates.order, stages: statuses.stages, recognised };
  const duplicates = given.duplicates ?? 'skip';

  const problems = new Listed<CsvRowProblem>();
  const found = new Listed<CsvDuplicate>();
  const rows = planRows(db, kind, table, choices, duplicates, problems, found);
  const count = (action: PlannedRow<Input>['action']) => rows.filter((row) => row.action === action).length;
  const counts = { total: rows.length, bad: count('bad'), toAdd: count('add'), toMerge: count('merge'), toSkip: count('skip') };
  if (needs.length === 0 && counts.toAdd + counts.toMerge === 0) {
    const message = counts.total === 0 ? 'This file has no rows below its header row.' : counts.bad === counts.total ? 'No row can be imported: every row has a problem.' : 'Every good row is already in Stint, so there is nothing to import.';
    problems.add(() => ({ row: null, column: null, message }));
  }
  const canImport = needs.length === 0 && counts.toAdd + counts.toMerge > 0;
  // The token holds every choice as applied and what each row will do, against which record as it is now.
  const digest = JSON.stringify([usable, dates.order, [...statuses.stages], duplicates, rows.map((row) => [row.line, row.action, row.match?.id ?? null, row.match?.version ?? null, row.into])]);
  return {
    fileDigest,
    rows,
    preview: {
      format: kind.format,
      token: canImport ? previewToken(fileDigest, digest) : null,
      needs,
      table: { separator: table.separator, headerLine: table.headerLine, columns: table.columns, sampleRows: table.rows.slice(0, 5).map((row) => row.cells), rowCount: table.rows.length },
      recognised,
      fields: kind.fields.map((field) => ({ key: field.key, label: field.label, required: field.required, column: columns[field.key] ?? null })),
      dates: dates.dates,
      statuses: statuses.statuses,
      rows: { total: counts.total, good: counts.total - counts.bad, bad: counts.bad, duplicates: counts.toMerge + counts.toSkip, toAdd: counts.toAdd, toMerge: counts.toMerge, toSkip: counts.toSkip },
      problems: problems.listed,
      problemCount: problems.count,
      duplicates: found.listed,
      duplicateCount: found.count,
    },
  };
}
