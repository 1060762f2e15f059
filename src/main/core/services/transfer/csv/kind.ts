/** What the CSV import needs to know of each kind of record it makes: how a row reads, matches and is written. */
import type { z } from 'zod';
import type { CsvFormat, DateOrder, DuplicateChoice, Stage } from '../../../../../shared/domain';
import type { CsvRowProblem } from '../../../../../shared/schemas';
import type { Db } from '../../../db/open';
import type { Columns, FieldSpec } from './fields';

/** A row's fields read from its cells: only the cells that hold something, so that a merge never blanks a field. */
export type RowValues = Record<string, unknown>;

/** The choices a row is read with, decided for the whole file. */
export interface ReadingChoices {
  columns: Columns;
  headers: readonly string[];
  /** The order ambiguous dates are read in; null (not yet chosen) reads them day first for the counts alone. */
  dateOrder: DateOrder | null;
  /** Each status word's stage, by its `wordKey`; a word without one is read as Lead for the counts alone. */
  stages: Map<string, Stage>;
  recognised: 'linkedin-connections' | 'stint-csv' | null;
}

/** A record here, or an earlier row, that a row is the same as. */
export interface Match {
  /** The record's id here; null for an earlier row of the file. */
  id: number | null;
  label: string;
  /** Part of the token: a record changed since the preview changes the plan. */
  version: number;
}

export interface RowKey {
  key: string;
  by: string;
}

export interface CsvKind<Input> {
  format: CsvFormat;
  fields: FieldSpec[];
  /** The field whose column holds the dates to be read in one order, if any. */
  dateField: string;
  /** What the user must decide about the mapping before anything can be imported, in words. */
  mappingNeeds(columns: Columns): string[];
  /** The row's fields, and what is wrong with its cells. */
  read(cells: readonly string[], line: number, choices: ReadingChoices, problems: CsvRowProblem[]): RowValues;
  /** The record the fields make, checked with the schema the app's own form is checked with. */
  check(values: RowValues, line: number, choices: ReadingChoices): { input: Input; problems: [] } | { input: null; problems: CsvRowProblem[] };
  /** The keys a duplicate is found by, most telling first. */
  keys(values: RowValues): RowKey[];
  /** The records here by each key. */
  loadHere(db: Db): Map<string, Match>;
  /**
   * Why a row that is no duplicate must still not be imported (a second contact of one name), in words; a row let
   * through is noted in `here`, so that a later row clashes with it as with a record here.
   */
  clash?(values: RowValues, here: Map<string, Match>, line: number): string | null;
  add(tx: Db, now: number, rows: readonly { input: Input; values: RowValues }[]): void;
  merge(tx: Db, now: number, id: number, values: RowValues): void;
}

/** A row's problems from a zod refusal, each at the column of the field it is about. */
export function problemsOf(error: z.ZodError, line: number, columnOf: (path: readonly PropertyKey[]) => string | null): CsvRowProblem[] {
  return error.issues.map((issue) => ({ row: line, column: columnOf(issue.path), message: issue.message }));
}

export type { DuplicateChoice };
