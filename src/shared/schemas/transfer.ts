/** Export and import: the export document, what an import takes, and what its preview says it will do. */
import { z } from 'zod';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, IMPORT_FORMATS, MAX_IMPORT_BYTES, RECORD_KINDS, type RecordKind } from '../domain';
import { csvBidChoicesShape, csvContactChoicesShape, csvPreviewSchema, csvResultSchema } from './csv-import';
import { epochMs } from './fields';
import { RECORD_SCHEMAS } from './transfer-records';

const recordListsShape = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, z.array(RECORD_SCHEMAS[kind])])) as {
  [K in RecordKind]: z.ZodArray<(typeof RECORD_SCHEMAS)[K]>;
};

/** A whole export, as docs/export-format.md describes it. */
export const exportDocumentSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: epochMs,
  /** The latest database migration of the Stint that wrote it, e.g. `0022_backfill_record_ids`. */
  schema: z.string(),
  records: z.strictObject(recordListsShape),
});
export type ExportDocument = z.output<typeof exportDocumentSchema>;
export type ExportRecords = ExportDocument['records'];

export const exportResultSchema = z.object({ fileName: z.string(), text: z.string() });
export type ExportResult = z.output<typeof exportResultSchema>;

const megabytes = MAX_IMPORT_BYTES / (1024 * 1024);

/** The file's contents, as text: `what` says what text ("the JSON of a Stint export"). */
function fileText(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? 'The file’s text is required' : `The file’s text must be text: ${what}`) })
    .max(MAX_IMPORT_BYTES, `The file can be at most ${megabytes} MiB`);
}

/** Stint's own JSON export, as text. */
const stintJsonImportSchema = z.strictObject({ format: z.literal('stint-json'), file: fileText('the JSON of a Stint export') });

/** A spreadsheet of bids, with the choices made so far (see docs/csv-import.md). */
const csvBidsImportSchema = z.strictObject({ format: z.literal('csv-bids'), file: fileText('a spreadsheet saved as CSV'), ...csvBidChoicesShape });

/** A spreadsheet of contacts, such as LinkedIn's Connections.csv. */
const csvContactsImportSchema = z.strictObject({ format: z.literal('csv-contacts'), file: fileText('a spreadsheet saved as CSV'), ...csvContactChoicesShape });

function formatRefused(issue: { input?: unknown }): string {
  const named = `one of: ${IMPORT_FORMATS.join(', ')}`;
  return typeof issue.input === 'object' && issue.input !== null ? `This request’s format must be ${named}` : `This request must be an object with a format (${named}) and the file’s text`;
}

/** What to import, by format: Stint's JSON export, or a CSV of bids or contacts with the choices made so far. */
export const importInputSchema = z.discriminatedUnion('format', [stintJsonImportSchema, csvBidsImportSchema, csvContactsImportSchema], { error: formatRefused });
export type ImportInput = z.input<typeof importInputSchema>;

const PREVIEW_FIRST = 'The preview’s token is required: preview the import first';

/** The same, with the preview's token: the import applies only what that preview said, to that very file. */
// Two hex digests, as the preview gives it: anything else cannot be one, and is refused before the file is read.
const tokenSchema = z.string(PREVIEW_FIRST).min(1, PREVIEW_FIRST).regex(/^[0-9a-f]{1,64}\.[0-9a-f]{1,64}$/, 'The preview’s token must be the one the preview gave: preview the import again');

/** A CSV's bad rows are imported by none or left out by choice: "the user imports the good rows or none". */
const skipBadRowsSchema = z.boolean('Leave out bad rows must be true or false');

export const commitImportSchema = z.discriminatedUnion(
  'format',
  [
    stintJsonImportSchema.extend({ token: tokenSchema }),
    csvBidsImportSchema.extend({ token: tokenSchema, skipBadRows: skipBadRowsSchema }),
    csvContactsImportSchema.extend({ token: tokenSchema, skipBadRows: skipBadRowsSchema }),
  ],
  { error: formatRefused },
);
export type CommitImportInput = z.input<typeof commitImportSchema>;

/** Something in the file that stops it being imported: where it is, and what is wrong, in words. */
export const importProblemSchema = z.object({
  /** The kind of record, its place in that list (from 0) and its uid, as far as they are known. */
  kind: z.enum(RECORD_KINDS).nullable(),
  index: z.number().nullable(),
  uid: z.string().nullable(),
  /** The field within the record (`briefChecklist.2.label`), if the problem is in one. */
  field: z.string().nullable(),
  /** Where, in words: "Bids, record 13 (uid 0190…)"; empty for the file as a whole. */
  where: z.string(),
  message: z.string(),
});
export type ImportProblem = z.output<typeof importProblemSchema>;

/** What an import does to one kind of record. */
export const importCountsSchema = z.object({
  kind: z.enum(RECORD_KINDS),
  label: z.string(),
  /** New here. */
  added: z.number(),
  /** Already here and changed later in the file (a newer `updatedAt`): the file's version replaces this one. */
  updated: z.number(),
  /** Already here, and as new or newer here: left as it is. */
  unchanged: z.number(),
  /** Of those already here, how many were found by name (or another key of their own) rather than by uid. */
  matchedByKey: z.number(),
});
export type ImportCounts = z.output<typeof importCountsSchema>;

const totalsSchema = z.object({ added: z.number(), updated: z.number(), unchanged: z.number() });

const jsonPreviewSchema = z.object({
  format: z.literal('stint-json'),
  /** What `commitImport` takes to apply this preview; null when the file cannot be imported (see `problems`). */
  token: z.string().nullable(),
  exportedAt: epochMs.nullable(),
  schema: z.string().nullable(),
  kinds: z.array(importCountsSchema),
  totals: totalsSchema,
  /** The first problems found (at most 100); `problemCount` says how many there are in all. */
  problems: z.array(importProblemSchema),
  problemCount: z.number(),
});
export type JsonImportPreview = z.output<typeof jsonPreviewSchema>;

/** What an import would do: a JSON export's counts by kind, or a CSV's table, mapping, rows and problems. */
export const importPreviewSchema = z.discriminatedUnion('format', [jsonPreviewSchema, csvPreviewSchema]);
export type ImportPreview = z.output<typeof importPreviewSchema>;

const jsonResultSchema = z.object({ format: z.literal('stint-json'), kinds: z.array(importCountsSchema), totals: totalsSchema });
export type JsonImportResult = z.output<typeof jsonResultSchema>;

export const importResultSchema = z.discriminatedUnion('format', [jsonResultSchema, csvResultSchema]);
export type ImportResult = z.output<typeof importResultSchema>;
