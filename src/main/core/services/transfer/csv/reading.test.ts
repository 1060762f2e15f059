/** How cells of a spreadsheet are read: amounts, dates, status words and the table itself. */
import { describe, expect, it } from 'vitest';
import { readAmount } from './amounts';
import { provenOrder, readDate } from './dates';
import { readTable } from './read-table';
import { suggestedStage } from './statuses';

describe('a day rate', () => {
  it.each<[string, { amount: number; currency: string | null } | null]>([
    ['650', { amount: 650, currency: null }],
    ['650.00', { amount: 650, currency: null }],
    ['1,250', { amount: 1250, currency: null }],
    ['1.250', { amount: 1250, currency: null }],
    ['12,5', { amount: 12.5, currency: null }],
    ['£650', { amount: 650, currency: 'GBP' }],
    ['1.250,50 €', { amount: 1250.5, currency: 'EUR' }],
    ['$1,000.50', { amount: 1000.5, currency: 'USD' }],
    ['EUR 700/day', { amount: 700, currency: 'EUR' }],
    ['650 gbp', { amount: 650, currency: 'GBP' }],
    ['lots', null],
    ['1,2,3', null],
    ['£650 €', null],
  ])('%s', (text, amount) => {
    expect(readAmount(text)).toEqual(amount);
  });
});

describe('a date', () => {
  it.each<[string, { dayFirst: string | null; monthFirst: string | null } | null]>([
    ['2024-03-14', { dayFirst: '2024-03-14', monthFirst: '2024-03-14' }],
    ['14/03/2024', { dayFirst: '2024-03-14', monthFirst: null }],
    ['03/14/2024', { dayFirst: null, monthFirst: '2024-03-14' }],
    ['03/04/2024', { dayFirst: '2024-04-03', monthFirst: '2024-03-04' }],
    ['3.4.24', { dayFirst: '2024-04-03', monthFirst: '2024-03-04' }],
    ['14 Mar 2024', { dayFirst: '2024-03-14', monthFirst: '2024-03-14' }],
    ['March 14, 2024', { dayFirst: '2024-03-14', monthFirst: '2024-03-14' }],
    ['2024-02-30', null],
    ['31/02/2024', null],
    ['soon', null],
  ])('%s', (text, read) => {
    expect(readDate(text)).toEqual(read);
  });

  it('proves an order only when some dates read one way alone, and none the other way alone', () => {
    const read = (text: string) => readDate(text) as NonNullable<ReturnType<typeof readDate>>;
    expect(provenOrder([read('03/04/2024'), read('25/03/2024')])).toBe('day-first');
    expect(provenOrder([read('03/04/2024'), read('03/25/2024')])).toBe('month-first');
    expect(provenOrder([read('03/04/2024'), read('2024-03-25')])).toBeNull();
    expect(provenOrder([read('25/03/2024'), read('03/25/2024')])).toBeNull();
  });
});

describe('a status word', () => {
  it.each([
    ['Applied', 'submitted'],
    ['NO-RESPONSE', 'no_response'],
    ['interviewing', 'interview'],
    ['Role pulled', 'role_pulled'],
    ['Parked', null],
  ])('%s suggests %s', (word, stage) => {
    expect(suggestedStage(word)).toBe(stage);
  });
});

describe('the table', () => {
  it('finds tabs, drops empty columns at the right and numbers rows by their line, quoted line breaks included', () => {
    const table = readTable('Title\tNotes\t\t\n"A"\t"two\nlines"\t\t\n\nB\tx\t\t\n', (cell) => cell === 'Title');
    expect(table).toEqual({
      separator: '\t',
      headerLine: 1,
      columns: ['Title', 'Notes'],
      rows: [
        { line: 2, cells: ['A', 'two\nlines', '', ''] },
        { line: 5, cells: ['B', 'x', '', ''] },
      ],
    });
  });

  it('reads a file’s line breaks by the majority, not by a line break inside a quoted cell of its first line', () => {
    const table = readTable('Title,"Notes\r\n(free text)"\nCFO,from Word\nCOO,plain\n', (cell) => cell === 'Title');
    expect(table?.columns).toEqual(['Title', 'Notes\r\n(free text)']);
    expect(table?.rows.map((row) => row.cells)).toEqual([
      ['CFO', 'from Word'],
      ['COO', 'plain'],
    ]);
  });
});
