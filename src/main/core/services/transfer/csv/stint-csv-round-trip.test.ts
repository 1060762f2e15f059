/** Stint's own CSV of bids and of contacts, read back: recognised, mapped without help, and a second time a no-op. */
import { describe, expect, it } from 'vitest';
import { call } from '../../../test-support/call';
import { commitCsv, previewCsv } from '../../../test-support/csv-import';
import { fillEveryTable, machinesPerTest } from '../../../test-support/transfer';

const newMachine = machinesPerTest();

describe('Stint’s own CSV read back', () => {
  it.each([
    ['bids', 'csv-bids', ['title', 'client', 'agency', 'recruiter', 'stage', 'rate', 'currency', 'date', 'location', 'notes']],
    ['contacts', 'csv-contacts', ['name', 'email', 'phone', 'organisation', 'title', 'contactKind', 'profileUrl', 'notes']],
  ] as const)('recognises its %s export, maps every field it holds, and imports it into another machine once', (list, format, mapped) => {
    const source = newMachine();
    fillEveryTable(source);
    call(source.api, 'saveContact', {
      contactId: null,
      name: 'Zoë Ó’Sullivan-Müller',
      title: 'Senior Consultant',
      contactKind: 'recruiter',
      organisation: { name: 'Hays' },
      email: 'zoe@hays.example',
      phone: '+44 20 7946 0000',
      profileUrl: '',
      keyPartner: true,
      cadenceDays: null,
      notes: '=HYPERLINK("https://example.com") was in her signature',
    });
    const file = call(source.api, 'exportCsv', { list }).text;

    const target = newMachine();
    const seen = previewCsv(target, format, file);
    expect(seen.recognised).toBe('stint-csv');
    expect(seen.needs).toEqual([]);
    expect(seen.fields.filter((field) => field.column !== null).map((field) => field.key).sort()).toEqual([...mapped].sort());
    // The generated sample holds namesakes the contact form would refuse (one contact per name): those rows alone
    // are listed, and left out when asked.
    expect(seen.problems.every((problem) => problem.message.includes('Stint keeps one contact per name'))).toBe(true);
    const first = commitCsv(target, format, file, seen.token, { skipBadRows: seen.rows.bad > 0 });
    expect(first.added).toBe(seen.table.rowCount - seen.rows.bad);

    if (list === 'contacts') {
      // Phone numbers such as +44… are written as '+44… to stay text in a spreadsheet, and read back as they were.
      const details = (machine: typeof source) => machine.database.sqlite.prepare('SELECT name, email, phone, notes FROM contacts ORDER BY id').all() as { name: string; phone: string }[];
      const before = new Map(details(source).map((contact) => [contact.name, contact]));
      const after = details(target);
      expect(after.find((contact) => contact.name === 'Zoë Ó’Sullivan-Müller')).toMatchObject({ phone: '+44 20 7946 0000', notes: '=HYPERLINK("https://example.com") was in her signature' });
      for (const contact of after) expect(contact).toEqual(before.get(contact.name));
    }

    const again = previewCsv(target, format, file);
    expect(again.rows).toMatchObject({ toAdd: 0, toSkip: seen.table.rowCount - seen.rows.bad });
    expect(again.token).toBeNull();
    expect(again.problems.map((problem) => problem.message)).toContain('Every good row is already in Stint, so there is nothing to import.');
  });
});
