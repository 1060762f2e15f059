/** Importing a spreadsheet (CSV) of bids or contacts: the choices the user makes, and what the preview says. */
import { z } from 'zod';
import {
  CSV_BID_FIELDS,
  CSV_CONTACT_FIELDS,
  CSV_FORMATS,
  DATE_ORDERS,
  DUPLICATE_CHOICES,
  MAX_CSV_COLUMNS,
  STAGES,
  type CsvField,
} from '../domain';
import { LIMITS, oneOf, requiredText, stageSchema } from './fields';

/** A column of the file, counted from 0 as `table.columns` lists them; null: no column holds that field. */
// Worded by the error map, which names the field: "Column for Title must be at least 0".
const columnIndex = z.int().min(0).max(MAX_CSV_COLUMNS - 1).nullable();

function columnsFor<const F extends readonly CsvField[]>(fields: F) {
  return z.strictObject(Object.fromEntries(fields.map((field) => [field, columnIndex.optional()])) as { [K in F[number]]: z.ZodOptional<typeof columnIndex> });
}

/** Which column holds each field; a field left out is suggested by the preview from the headers. */
export const csvBidColumnsSchema = columnsFor(CSV_BID_FIELDS);
export const csvContactColumnsSchema = columnsFor(CSV_CONTACT_FIELDS);

/** The stage a status word of the file stands for ("applied" → Submitted); null: not chosen, use the suggestion. */
export const statusChoiceSchema = z.strictObject({
  word: requiredText('Status word', LIMITS.titleChars),
  stage: stageSchema.nullable(),
});

const dateOrderSchema = oneOf(DATE_ORDERS, 'Date order');
const duplicatesSchema = oneOf(DUPLICATE_CHOICES, 'Duplicates');
/** Far more words than a file of 50,000 rows would sensibly hold, and a bound on what is sent. */
const statusChoicesSchema = z.array(statusChoiceSchema).max(STAGES.length * 100);

/** The choices of a CSV import besides the file; each left out is suggested by the preview. */
export const csvBidChoicesShape = {
  columns: csvBidColumnsSchema.optional(),
  dateOrder: dateOrderSchema.optional(),
  stages: statusChoicesSchema.optional(),
  duplicates: duplicatesSchema.optional(),
};
export const csvContactChoicesShape = {
  columns: csvContactColumnsSchema.optional(),
  dateOrder: dateOrderSchema.optional(),
  duplicates: duplicatesSchema.optional(),
};

export const csvFormatSchema = z.enum(CSV_FORMATS);

const rowProblemSchema = z.object({
  /** The row as a spreadsheet numbers it: the line of the file it starts on. Null for the file as a whole. */
  row: z.number().nullable(),
  /** The column's header, when the problem is in one cell. */
  column: z.string().nullable(),
  message: z.string(),
});
export type CsvRowProblem = z.output<typeof rowProblemSchema>;

export const csvDuplicateSchema = z.object({
  row: z.number(),
  /** The record it matches, in words: "Sam Reyes (Hays)", "Interim CFO at Acme, added 2024-03-14", or "row 7 of this file". */
  existing: z.string(),
  /** Why it is the same: "same email", "same name and organisation", "same client, title and date". */
  by: z.string(),
});
export type CsvDuplicate = z.output<typeof csvDuplicateSchema>;

export const csvPreviewSchema = z.object({
  format: csvFormatSchema,
  /** What `commitImport` takes; null while something must still be decided (`needs`) or nothing can be imported. */
  token: z.string().nullable(),
  /** What the user must still decide, in words. */
  needs: z.array(z.string()),
  table: z.object({
    separator: z.enum([',', ';', '\t']),
    /** The line of the file (from 1) that holds the headers. */
    headerLine: z.number(),
    columns: z.array(z.string()),
    /** The first five data rows, as the file has them. */
    sampleRows: z.array(z.array(z.string())),
    rowCount: z.number(),
  }),
  /** A layout Stint knows, mapped without the user's help. */
  recognised: z.enum(['linkedin-connections', 'stint-csv']).nullable(),
  /** Each field, and the column it is read from (given or suggested). */
  fields: z.array(z.object({ key: z.string(), label: z.string(), required: z.boolean(), column: z.number().nullable() })),
  dates: z.object({
    /** The order dates are read in: chosen, or proven by the file itself; null while it must be chosen. */
    order: dateOrderSchema.nullable(),
    /** Whether some date of the file reads two ways (03/04/2024). */
    ambiguous: z.boolean(),
    /** Up to five dates of the file, each read both ways (yyyy-MM-dd; null where that way is no date). */
    examples: z.array(z.object({ row: z.number(), column: z.string(), text: z.string(), dayFirst: z.string().nullable(), monthFirst: z.string().nullable() })),
  }),
  /** Each status word of the file (bids), the rows that have it, and the stage it becomes. */
  statuses: z.array(z.object({ word: z.string(), rows: z.number(), stage: stageSchema.nullable(), suggested: stageSchema.nullable() })),
  rows: z.object({ total: z.number(), good: z.number(), bad: z.number(), duplicates: z.number(), toAdd: z.number(), toMerge: z.number(), toSkip: z.number() }),
  /** The first 100 problems; `problemCount` counts them all. */
  problems: z.array(rowProblemSchema),
  problemCount: z.number(),
  /** The first 100 rows that match a record here or an earlier row; `duplicateCount` counts them all. */
  duplicates: z.array(csvDuplicateSchema),
  duplicateCount: z.number(),
});
export type CsvPreview = z.output<typeof csvPreviewSchema>;

export const csvResultSchema = z.object({
  format: csvFormatSchema,
  added: z.number(),
  merged: z.number(),
  skipped: z.number(),
  /** Bad rows, not imported. */
  leftOut: z.number(),
});
export type CsvResult = z.output<typeof csvResultSchema>;
