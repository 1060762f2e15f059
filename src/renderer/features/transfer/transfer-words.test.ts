import { describe, expect, it } from 'vitest';
import { csvImportedSummary, csvPlanSummary, importedSummary, previewSummary } from './transfer-words';

describe('what an import says it does', () => {
  it('says in a sentence what the preview found', () => {
    expect(previewSummary({ added: 2, updated: 0, unchanged: 20 })).toBe('Importing it adds 2 records and updates none; 20 are already here and stay as they are.');
    expect(previewSummary({ added: 1, updated: 3, unchanged: 1 })).toBe('Importing it adds 1 record and updates 3; 1 is already here and stays as it is.');
    expect(previewSummary({ added: 5, updated: 0, unchanged: 0 })).toBe('Importing it adds 5 records and updates none.');
    expect(previewSummary({ added: 0, updated: 0, unchanged: 9 })).toMatch(/^Everything in this file is already here/);
  });

  it('says what was imported, or that nothing was new', () => {
    const result = (added: number, updated: number, unchanged: number) => ({ format: 'stint-json' as const, kinds: [], totals: { added, updated, unchanged } });
    expect(importedSummary(result(2, 1, 0))).toBe('2 records added, 1 updated');
    expect(importedSummary(result(0, 0, 1))).toBe('nothing new (1 record already here)');
  });

  it('groups the thousands of large counts as the reader’s locale does', () => {
    const grouped = /10[,.'’\u00a0\u202f ]000/;
    expect(csvPlanSummary({ toAdd: 10_000, toMerge: 0, toSkip: 0, bad: 0 }, 'bids', false)).toMatch(grouped);
    expect(csvImportedSummary({ added: 10_000, merged: 0, skipped: 0, leftOut: 0 }, 'bids')).toMatch(grouped);
    expect(previewSummary({ added: 10_000, updated: 0, unchanged: 0 })).toMatch(grouped);
  });
});
