import type { JsonImportResult } from '../../../shared/schemas';
import { counted, countOf } from '../../app/counts';


/** "12 records added, 3 updated": what an import did, as the toast says it. */
export function importedSummary(result: JsonImportResult): string {
  const { added, updated, unchanged } = result.totals;
  if (added + updated === 0) return `nothing new (${countOf(unchanged, 'record')} already here)`;
  return `${countOf(added, 'record')} added, ${counted(updated)} updated`;
}

/** What a preview's totals mean, as one sentence: "Importing it adds 2 records and updates none; 20 are already here…". */
export function previewSummary(totals: { added: number; updated: number; unchanged: number }): string {
  if (totals.added + totals.updated === 0) return 'Everything in this file is already here, as new or newer: importing it would change nothing.';
  const updates = totals.updated === 0 ? 'updates none' : `updates ${counted(totals.updated)}`;
  const kept = totals.unchanged === 0 ? '' : totals.unchanged === 1 ? '; 1 is already here and stays as it is' : `; ${counted(totals.unchanged)} are already here and stay as they are`;
  return `Importing it adds ${countOf(totals.added, 'record')} and ${updates}${kept}.`;
}

/** What a CSV import will do, row by row: "Adds 120 contacts, merges 3 into contacts already here, skips 2." */
export function csvPlanSummary(rows: { toAdd: number; toMerge: number; toSkip: number; bad: number }, records: string, skipBadRows: boolean): string {
  const parts = [`adds ${counted(rows.toAdd)} ${rows.toAdd === 1 ? records.replace(/s$/, '') : records}`];
  if (rows.toMerge > 0) parts.push(`merges ${counted(rows.toMerge)} into ${records} already here`);
  if (rows.toSkip > 0) parts.push(`skips ${counted(rows.toSkip)} already here`);
  if (rows.bad > 0) parts.push(skipBadRows ? `leaves out ${countOf(rows.bad, 'row')} with problems` : `cannot import ${countOf(rows.bad, 'row')} with problems`);
  const sentence = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `Importing ${sentence}.`;
}

/** What a CSV import did, as the toast says it. */
export function csvImportedSummary(result: { added: number; merged: number; skipped: number; leftOut: number }, records: string): string {
  const parts = [`${counted(result.added)} ${records} added`];
  if (result.merged > 0) parts.push(`${counted(result.merged)} merged`);
  if (result.skipped > 0) parts.push(`${counted(result.skipped)} skipped`);
  if (result.leftOut > 0) parts.push(`${countOf(result.leftOut, 'row')} left out`);
  return parts.join(', ');
}
