import { describe, expect, it } from 'vitest';
import type { CsvPreview } from '../../../shared/schemas';
import { asChosen, formatForFile, withColumn, withStage } from './csv-choices';

const preview = {
  fields: [
    { key: 'title', label: 'Title', required: true, column: 0 },
    { key: 'client', label: 'Client', required: false, column: null },
  ],
  statuses: [
    { word: 'applied', rows: 3, stage: 'submitted', suggested: 'submitted' },
    { word: 'Parked', rows: 2, stage: null, suggested: null },
  ],
} as unknown as CsvPreview;

describe('the choices of a CSV import', () => {
  it('changes one column of the mapping and keeps the rest as the preview had them', () => {
    expect(withColumn(preview, 'client', 2)).toEqual({ title: 0, client: 2 });
    expect(withColumn(preview, 'title', null)).toEqual({ title: null, client: null });
  });

  it('changes one status word’s stage and keeps every other word’s', () => {
    expect(withStage(preview, 'Parked', 'lead')).toEqual([
      { word: 'applied', stage: 'submitted' },
      { word: 'Parked', stage: 'lead' },
    ]);
  });

  it('shows a choice at once, over what an older preview suggested', () => {
    const chosen = asChosen(preview, { columns: { title: 1, client: null }, stages: [{ word: 'Parked', stage: 'lead' }] });
    expect(chosen.fields.map((field) => field.column)).toEqual([1, null]);
    expect(chosen.statuses.map((status) => status.stage)).toEqual(['submitted', 'lead']);
    expect(asChosen(preview, {})).toEqual(preview);
  });

  it('guesses what a file holds from its name', () => {
    expect(formatForFile('stint-export-2026-11-30.json')).toBe('stint-json');
    expect(formatForFile('Connections.csv')).toBe('csv-contacts');
    expect(formatForFile('my contacts.CSV')).toBe('csv-contacts');
    expect(formatForFile('bids 2026.csv')).toBe('csv-bids');
  });
});
