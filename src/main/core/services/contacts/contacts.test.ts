import { afterEach, describe, expect, it } from 'vitest';
import { contactsQuerySchema, logInteractionSchema, mergeSchema, saveContactSchema, type ContactsQuery, type SaveContactInput } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { interviewInput } from '../../test-support/interview-input';
import { refusal } from '../../test-support/refusal';
import { tempApi } from '../../test-support/temp-database';
import { localDateAt } from '../contracts/calendar-days';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

function save(fields: Partial<SaveContactInput> & { name: string }) {
  return setup.api.saveContact(
    saveContactSchema.parse({ contactId: null, title: '', contactKind: null, organisation: null, email: '', phone: '', profileUrl: '', keyPartner: false, cadenceDays: null, notes: '', ...fields }),
  );
}

function talk(contactId: number, daysAgo: number, bidId: number | null = null) {
  return setup.api.logInteraction(
    logInteractionSchema.parse({ date: localDateAt(setup.clock.now() - daysAgo * DAY), time: null, channel: 'call', contacts: [{ id: contactId }], bidId, summary: 'Catch-up' }),
  );
}

const names = (query: ContactsQuery = {}) => setup.api.listContacts(contactsQuerySchema.parse(query)).rows.map((row) => row.name);

describe('the Contacts list', () => {
  it('lists key partners first, then sorts by next due, name, organisation or last contact; searches and filters', () => {
    setup = tempApi();
    const priya = save({ name: 'Priya Patel', contactKind: 'recruiter', keyPartner: true, organisation: { name: 'Hays' } });
    const sam = save({ name: 'Sam Reyes', contactKind: 'recruiter', organisation: { name: 'Acme Talent' } });
    const dana = save({ name: 'Dana Whitfield', contactKind: 'hiring_manager', title: 'CFO' });
    const alex = save({ name: 'Alex Moor', contactKind: 'recruiter' });
    talk(priya.id, 10);
    talk(sam.id, 70);
    talk(alex.id, 40);
    talk(dana.id, 5);

    // Sam fell due 10 days ago, Alex is due in 20 days, Dana (no cadence) has nothing due.
    expect(names()).toEqual(['Priya Patel', 'Sam Reyes', 'Alex Moor', 'Dana Whitfield']);
    expect(names({ sort: 'name' })).toEqual(['Priya Patel', 'Alex Moor', 'Dana Whitfield', 'Sam Reyes']);
    expect(names({ sort: 'organisation' })).toEqual(['Priya Patel', 'Sam Reyes', 'Alex Moor', 'Dana Whitfield']);
    expect(names({ sort: 'lastContact' })).toEqual(['Priya Patel', 'Sam Reyes', 'Alex Moor', 'Dana Whitfield']);
    expect(names({ query: 'cfo' })).toEqual(['Dana Whitfield']);
    expect(names({ query: 'acme' })).toEqual(['Sam Reyes']);
    expect(names({ contactKind: 'hiring_manager' })).toEqual(['Dana Whitfield']);
    expect(names({ keyPartnersOnly: true })).toEqual(['Priya Patel']);
    expect(names({ overdueOnly: true })).toEqual(['Sam Reyes']);

    const page = setup.api.listContacts(contactsQuerySchema.parse({ sort: 'name', offset: 1, limit: 2 }));
    expect(page).toMatchObject({ total: 4, rows: [{ name: 'Alex Moor' }, { name: 'Dana Whitfield' }] });
    const [first] = setup.api.listContacts(contactsQuerySchema.parse({})).rows;
    expect(first).toMatchObject({ keyPartner: true, contactKind: 'recruiter', organisation: { name: 'Hays' }, nextDueAt: expect.any(Number) });
  });
});

describe('a contact', () => {
  it('is saved with every field, shows the cadence that applies, and their bids by role', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', recruiter: { name: 'Priya Patel' }, hiringManager: { name: 'Dana Whitfield' } }));
    call(setup.api, 'createInterview', interviewInput(bid.id, { interviewers: [{ name: 'Dana Whitfield' }] }));
    const dana = setup.api.getBid({ id: bid.id }).hiringManager?.id as number;
    const saved = setup.api.saveContact(
      saveContactSchema.parse({
        contactId: dana,
        name: 'Dana Whitfield',
        title: 'CFO',
        contactKind: 'decision_maker',
        organisation: { name: 'Northwind' },
        email: 'dana@northwind.example',
        phone: '+44 20 7946 0000',
        profileUrl: 'https://example.com/dana',
        keyPartner: false,
        cadenceDays: 90,
        notes: 'Met at the FD forum',
      }),
    );
    expect(saved).toMatchObject({
      title: 'CFO',
      contactKind: 'decision_maker',
      organisation: { name: 'Northwind' },
      email: 'dana@northwind.example',
      cadenceDays: 90,
      effectiveCadenceDays: 90,
      bids: [{ id: bid.id, title: 'Interim CFO', roles: ['hiring_manager', 'interviewer'] }],
    });
    const priya = setup.api.getBid({ id: bid.id }).recruiter?.id as number;
    expect(setup.api.getContact({ contactId: priya })).toMatchObject({ contactKind: 'recruiter', effectiveCadenceDays: 60, bids: [{ roles: ['recruiter'] }] });
  });

  it('refuses bad details in words, and a second contact of the same name', () => {
    setup = tempApi();
    save({ name: 'Priya Patel' });
    expect(refusal(() => save({ name: 'priya  patel' })).fields).toEqual({ name: 'Name: "Priya Patel" already exists; open them, or merge the two' });
    // Two of one name stored before the check came in: each can still be edited under it.
    const older = setup.database.sqlite.prepare("INSERT INTO contacts (uid, name, name_key, created_at, updated_at) VALUES (stint_record_uid(0), 'Priya Patel', 'priya patel', 0, 0) RETURNING id").get() as { id: number };
    expect(save({ contactId: older.id, name: 'Priya Patel', title: 'Director' }).title).toBe('Director');
    const parsed = saveContactSchema.safeParse({ contactId: null, name: 'X', title: '', contactKind: null, organisation: null, email: 'not-an-email', phone: '', profileUrl: 'ftp://x', keyPartner: false, cadenceDays: 0, notes: '' });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([
      'Email must look like name@example.com',
      'Profile link must be a web address starting with http:// or https://',
      'Cadence must be a whole number of days from 1 to 365',
    ]);
  });

  it('deleted, takes their reminders with them and leaves their bids and interactions', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', recruiter: null }));
    const priya = save({ name: 'Priya Patel', contactKind: 'recruiter', keyPartner: true });
    talk(priya.id, 40, bid.id);
    expect(setup.api.listReminders({ contactId: priya.id })).toHaveLength(1);
    setup.api.deleteContact({ contactId: priya.id });
    const count = (table: string) => setup.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
    expect([count('reminders'), count('interactions'), count('interaction_contacts'), count('opportunities')]).toEqual([0, 1, 0, 1]);
    expect(refusal(() => setup.api.getContact({ contactId: priya.id })).code).toBe('NOT_FOUND');
  });
});

describe('merging duplicates', () => {
  it('of contacts moves every link to the one kept, says what will move first, and fills in what the kept one lacked', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview', recruiter: { name: 'Priya Patel' }, hiringManager: { name: 'P. Patel' } }));
    const keep = setup.api.getBid({ id: bid.id }).recruiter?.id as number;
    const gone = setup.api.getBid({ id: bid.id }).hiringManager?.id as number;
    call(setup.api, 'createInterview', interviewInput(bid.id, { interviewers: [{ id: gone }, { id: keep }] }));
    save({ contactId: gone, name: 'P. Patel', email: 'p@hays.example', keyPartner: true, contactKind: 'recruiter' });
    const both = setup.api.logInteraction(
      logInteractionSchema.parse({ date: localDateAt(setup.clock.now()), time: null, channel: 'call', contacts: [{ id: keep }, { id: gone }], bidId: null, summary: '' }),
    );
    talk(gone, 3);
    setup.api.createReminder({ title: 'Ask P. about Q3', note: '', dueDate: localDateAt(setup.clock.now()), dueTime: null, contactId: gone, bidId: null });

    const preview = setup.api.merge(mergeSchema.parse({ what: 'contacts', keepId: keep, mergeId: gone }));
    expect(preview.merged).toBe(false);
    // P. Patel's keep-in-touch reminder is not moved but made again for the one kept; their own reminder moves.
    expect(preview.moves).toEqual(['1 bid as hiring manager', '1 interview as interviewer', '2 interactions', '1 open reminder']);
    expect(setup.api.getContact({ contactId: gone }).name).toBe('P. Patel');

    expect(setup.api.merge(mergeSchema.parse({ what: 'contacts', keepId: keep, mergeId: gone, confirm: true })).merged).toBe(true);
    const kept = setup.api.getContact({ contactId: keep });
    expect(kept).toMatchObject({ email: 'p@hays.example', keyPartner: true, bids: [{ id: bid.id, roles: ['recruiter', 'hiring_manager', 'interviewer'] }] });
    expect(setup.api.listInteractions({ contactId: keep }).map((interaction) => interaction.id)).toContain(both.id);
    expect(setup.api.listInteractions({ contactId: keep })).toHaveLength(2);
    const theirs = setup.api.listReminders({ contactId: keep });
    expect(theirs.map((reminder) => reminder.title)).toContain('Ask P. about Q3');
    // One keep-in-touch reminder for the merged person, not one for each of the two they were.
    expect(theirs.filter((reminder) => reminder.kind === 'keep_in_touch')).toHaveLength(1);
    expect(refusal(() => setup.api.getContact({ contactId: gone })).code).toBe('NOT_FOUND');
  });

  it('of organisations moves contacts and bids as client and agency, and refuses merging one into itself', () => {
    setup = tempApi();
    const a = setup.api.createBid(parsedBid({ title: 'A', agency: { name: 'Hays' }, client: { name: 'Northwind' } }));
    const b = setup.api.createBid(parsedBid({ title: 'B', agency: { name: 'Hays Specialist Recruitment' } }));
    const keep = setup.api.getBid({ id: a.id }).agency?.id as number;
    const gone = setup.api.getBid({ id: b.id }).agency?.id as number;
    save({ name: 'Jo Lane', organisation: { id: gone } });
    const contactsBefore = [keep, gone].map((organisationId) => setup.api.getOrganisation({ organisationId }).contactCount);
    expect(setup.api.merge(mergeSchema.parse({ what: 'organisations', keepId: keep, mergeId: gone })).moves).toEqual(['1 contact', '1 bid as agency']);
    setup.api.merge(mergeSchema.parse({ what: 'organisations', keepId: keep, mergeId: gone, confirm: true }));
    const kept = setup.api.getOrganisation({ organisationId: keep });
    expect(kept).toMatchObject({ contactCount: (contactsBefore[0] ?? 0) + (contactsBefore[1] ?? 0), bidCount: 2 });
    expect(kept.contacts.map((person) => person.name)).toContain('Jo Lane');
    expect(setup.api.getBid({ id: b.id }).agency?.id).toBe(keep);
    expect(mergeSchema.safeParse({ what: 'contacts', keepId: 1, mergeId: 1 }).error?.issues[0]?.message).toBe('Merge needs two different records');
  });
});
