/** How a table is read: the separator when its cells hold the others, and a cell marked to stay text. */
import { describe, expect, it } from 'vitest';
import { cellText, readTable } from './read-table';

const anyHeader = () => false;

describe('the separator of a CSV', () => {
  it('is the comma of a file whose quoted notes hold semicolons and whose rows leave different cells empty', () => {
    // Filled cells per row: 4, 3, 2 and 1 split on commas, but 2 in each of the rows that hold a semicolon.
    const text = ['Title,Client,Agency,Notes', 'Interim CFO,Acme,,"Spoke to the COO; slow to decide"', 'Head of FP&A,,,"One; two"', 'PMO Lead,,,'].join('\r\n');
    const table = readTable(text, anyHeader);
    expect(table?.separator).toBe(',');
    expect(table?.columns).toEqual(['Title', 'Client', 'Agency', 'Notes']);
    expect(table?.rows.map((row) => row.cells[3])).toEqual(['Spoke to the COO; slow to decide', 'One; two', '']);
  });

  it('is the semicolon of a European file whose amounts hold commas', () => {
    const text = ['Role;Client;Day rate', 'Interim CFO;Acme;1.250,50 €', 'PMO Lead;Contoso;800'].join('\n');
    expect(readTable(text, anyHeader)?.separator).toBe(';');
  });
});

describe('a cell written to stay text', () => {
  it('loses the mark a spreadsheet export puts before a formula-like start, and nothing else', () => {
    expect(cellText("'+44 20 7946 0000")).toBe('+44 20 7946 0000');
    expect(cellText("'=HYPERLINK(\"x\")")).toBe('=HYPERLINK("x")');
    expect(cellText("'-2")).toBe('-2');
    expect(cellText("O'Sullivan")).toBe("O'Sullivan");
    expect(cellText("'quoted'")).toBe("'quoted'");
    expect(cellText('  Acme  ')).toBe('Acme');
  });
});
