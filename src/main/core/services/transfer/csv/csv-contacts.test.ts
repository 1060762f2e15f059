/** Importing contacts from a spreadsheet, LinkedIn's Connections.csv above all: what the preview says, what is stored. */
import { describe, expect, it } from 'vitest';
import { commitCsv, previewCsv, type CsvChoicesOf } from '../../../test-support/csv-import';
import { machinesPerTest, type Machine } from '../../../test-support/transfer';

const newMachine = machinesPerTest();

type Choices = CsvChoicesOf<'csv-contacts'>;

const preview = (target: Machine, file: string, choices: Choices = {}) => previewCsv(target, 'csv-contacts', file, choices);
const commit = (target: Machine, file: string, token: string | null, choices: Choices & { skipBadRows?: boolean } = {}) => commitCsv(target, 'csv-contacts', file, token, choices);

function storedContacts(target: Machine) {
  return target.database.sqlite
    .prepare(`SELECT c.name, c.title, c.email, c.profile_url AS profileUrl, g.name AS organisation, c.notes, c.uid IS NOT NULL AS hasUid FROM contacts c LEFT JOIN organisations g ON g.id = c.organisation_id ORDER BY c.id`)
    .all();
}

const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Zoë,Ó'Sullivan-Müller,https://www.linkedin.com/in/zoe,zoe@example.com,Hays,Senior Recruiter,14 Mar 2024
Sam,Reyes,https://www.linkedin.com/in/sam,,Acme,"CFO, Group",02 Jan 2023
`;

describe('a CSV of contacts', () => {
  it('recognises LinkedIn’s Connections.csv after its notes, with no mapping to make', () => {
    const target = newMachine();
    const seen = preview(target, LINKEDIN);
    expect(seen.recognised).toBe('linkedin-connections');
    expect(seen.table).toMatchObject({ separator: ',', headerLine: 4, rowCount: 2 });
    expect(seen.needs).toEqual([]);
    expect(seen.fields.filter((field) => field.column !== null).map((field) => [field.key, field.column])).toEqual([
      ['firstName', 0],
      ['lastName', 1],
      ['email', 3],
      ['organisation', 4],
      ['title', 5],
      ['profileUrl', 2],
      ['connectedOn', 6],
    ]);
    expect(seen.statuses).toEqual([]);
    expect(commit(target, LINKEDIN, seen.token)).toEqual({ format: 'csv-contacts', added: 2, merged: 0, skipped: 0, leftOut: 0 });
    expect(storedContacts(target)).toEqual([
      {
        name: 'Zoë Ó\'Sullivan-Müller',
        title: 'Senior Recruiter',
        email: 'zoe@example.com',
        profileUrl: 'https://www.linkedin.com/in/zoe',
        organisation: 'Hays',
        notes: 'Connected on LinkedIn on 14 March 2024.',
        hasUid: 1,
      },
      { name: 'Sam Reyes', title: 'CFO, Group', email: '', profileUrl: 'https://www.linkedin.com/in/sam', organisation: 'Acme', notes: 'Connected on LinkedIn on 2 January 2023.', hasUid: 1 },
    ]);
  });

  it('skips a contact here with the same email or the same name at the same organisation, and merges when asked', () => {
    const target = newMachine();
    commit(target, LINKEDIN, preview(target, LINKEDIN).token);
    const again = preview(target, LINKEDIN);
    expect(again.rows).toMatchObject({ toAdd: 0, toSkip: 2 });
    expect(again.token).toBeNull();

    const update = 'Name,Email,Company,Phone,Position\nZOË Ó’SULLIVAN-MÜLLER,,Hays,+44 20 7946 0000,\nSomeone Else,zoe@example.com,,,\nSam Reyes,sam@acme.example,Acme,,\n';
    const skipping = preview(target, update);
    expect(skipping.duplicates).toEqual([
      { row: 2, existing: 'Zoë Ó\'Sullivan-Müller (Hays)', by: 'same name and organisation' },
      { row: 3, existing: 'Zoë Ó\'Sullivan-Müller (Hays)', by: 'same email' },
      { row: 4, existing: 'Sam Reyes (Acme)', by: 'same name and organisation' },
    ]);
    const merging = preview(target, update, { duplicates: 'merge' });
    expect(commit(target, update, merging.token, { duplicates: 'merge' })).toEqual({ format: 'csv-contacts', added: 0, merged: 3, skipped: 0, leftOut: 0 });
    const [zoe, sam] = storedContacts(target) as { name: string; title: string; email: string }[];
    // Filled from the row's cells, never blanked by its empty ones; the name they were matched by stays.
    expect(zoe).toMatchObject({ name: 'Zoë Ó\'Sullivan-Müller', title: 'Senior Recruiter', email: 'zoe@example.com' });
    expect(target.database.sqlite.prepare('SELECT phone FROM contacts WHERE id = 1').pluck().get()).toBe('+44 20 7946 0000');
    expect(sam).toMatchObject({ email: 'sam@acme.example', title: 'CFO, Group' });
  });

  it('refuses a second contact of a name already here at another organisation, in words', () => {
    const target = newMachine();
    commit(target, LINKEDIN, preview(target, LINKEDIN).token);
    const seen = preview(target, 'Name,Company,Email\nSam Reyes,Beta,sam@beta.example\nNew Person,Beta,not-an-email\n');
    expect(seen.problems).toEqual([
      { row: 2, column: null, message: 'Name: “Sam Reyes” is already a contact, Sam Reyes (Acme), and Stint keeps one contact per name: merge them in Stint, or change the name in the file' },
      { row: 3, column: 'Email', message: 'Email must look like name@example.com' },
      { row: null, column: null, message: 'No row can be imported: every row has a problem.' },
    ]);
    expect(seen.token).toBeNull();
  });
});
