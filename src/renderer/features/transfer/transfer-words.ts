import type { ImportResult } from '../../../shared/schemas';

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "12 records added, 3 updated": what an import did, as the toast says it. */
export function importedSummary(result: ImportResult): string {
  const { added, updated, unchanged } = result.totals;
  if (added + updated === 0) return `nothing new (${plural(unchanged, 'record')} already here)`;
  return `${plural(added, 'record')} added, ${updated} updated`;
}

/** What a preview's totals mean, as one sentence: "Importing it adds 2 records and updates none; 20 are already here…". */
export function previewSummary(totals: { added: number; updated: number; unchanged: number }): string {
  if (totals.added + totals.updated === 0) return 'Everything in this file is already here, as new or newer: importing it would change nothing.';
  const updates = totals.updated === 0 ? 'updates none' : `updates ${totals.updated}`;
  const kept = totals.unchanged === 0 ? '' : totals.unchanged === 1 ? '; 1 is already here and stays as it is' : `; ${totals.unchanged} are already here and stay as they are`;
  return `Importing it adds ${plural(totals.added, 'record')} and ${updates}${kept}.`;
}
