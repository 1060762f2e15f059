/**
 * The choices of a CSV import as the dialog keeps them: each left out is suggested by the preview, and each the
 * user makes is sent whole (every column, every status word), so that the next preview changes only that one.
 */
import type { DateOrder, DuplicateChoice, Stage } from '../../../shared/domain';
import type { CsvPreview } from '../../../shared/schemas';

export type CsvFormat = CsvPreview['format'];

export interface CsvChoices {
  columns?: Record<string, number | null>;
  dateOrder?: DateOrder;
  stages?: { word: string; stage: Stage | null }[];
  duplicates?: DuplicateChoice;
}

/** The preview's mapping with `field` read from `column` instead (null: from no column). */
export function withColumn(preview: CsvPreview, field: string, column: number | null): Record<string, number | null> {
  return Object.fromEntries(preview.fields.map((each) => [each.key, each.key === field ? column : each.column]));
}

/** Every status word with the stage it becomes now, and `word` becoming `stage`. */
export function withStage(preview: CsvPreview, word: string, stage: Stage | null): { word: string; stage: Stage | null }[] {
  return preview.statuses.map((status) => ({ word: status.word, stage: status.word === word ? stage : status.stage }));
}

/** A file's likely contents from its name: LinkedIn's Connections.csv and address books hold contacts. */
export function formatForFile(fileName: string): 'stint-json' | CsvFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'stint-json';
  return /connection|contact|people|address/.test(name) ? 'csv-contacts' : 'csv-bids';
}

/** The preview as the user has chosen so far: each choice replaces what the (perhaps older) preview suggested. */
export function asChosen(preview: CsvPreview, choices: CsvChoices): CsvPreview {
  const { columns, dateOrder, stages } = choices;
  return {
    ...preview,
    fields: columns ? preview.fields.map((field) => ({ ...field, column: columns[field.key] ?? null })) : preview.fields,
    dates: dateOrder ? { ...preview.dates, order: dateOrder } : preview.dates,
    statuses: stages ? preview.statuses.map((status) => ({ ...status, stage: stages.find((chosen) => chosen.word === status.word)?.stage ?? status.stage })) : preview.statuses,
  };
}
