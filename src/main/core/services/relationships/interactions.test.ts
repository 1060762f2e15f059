import { afterEach, describe, expect, it } from 'vitest';
import { logInteractionSchema, type LogInteractionInput } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { localDateAt } from '../contracts/calendar-days';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';
import { refusal } from '../../test-support/refusal';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

/** TEST_NOW (2026-03-02 09:00 UTC) as the day on this machine's calendar: the core reads days in local time. */
const today = localDateAt(TEST_NOW);

function log(overrides: Partial<LogInteractionInput> = {}) {
  return setup.api.logInteraction(
    logInteractionSchema.parse({ date: today, time: null, channel: 'call', contacts: [{ name: 'Priya Patel' }], bidId: null, summary: '', ...overrides }),
  );
}

const lastContactOf = (contactId: number) =>
  setup.database.sqlite.prepare('SELECT last_contact_at FROM contacts WHERE id = ?').pluck().get(contactId) as number | null;

describe('logging an interaction', () => {
  it('keeps who took part (picked or typed in, once each), the bid it was about and the summary, and lists it for each', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', recruiter: { name: 'Priya Patel' } }));
    const priya = setup.api.getBid({ id: bid.id }).recruiter?.id as number;
    const logged = log({ contacts: [{ id: priya }, { name: 'Sam Reyes' }, { name: ' sam reyes ' }], bidId: bid.id, date: '2026-02-25', time: '08:15', channel: 'meeting', summary: 'Shortlist is next week.' });

    expect(logged).toMatchObject({ channel: 'meeting', summary: 'Shortlist is next week.', bid: { id: bid.id, name: 'Interim CFO' } });
    expect(logged.contacts.map((contact) => contact.name)).toEqual(['Priya Patel', 'Sam Reyes']);
    expect(new Date(logged.occurredAt).getHours()).toBe(8);
    expect(setup.api.listInteractions({ contactId: priya }).map((row) => row.id)).toEqual([logged.id]);
    expect(setup.api.listInteractions({ bidId: bid.id }).map((row) => row.id)).toEqual([logged.id]);
    // A contact typed in here is a new contact, whose kind is not known yet; a bid's recruiter is a recruiter.
    expect(setup.database.sqlite.prepare('SELECT name, kind FROM contacts ORDER BY id').all()).toEqual([
      { name: 'Priya Patel', kind: 'recruiter' },
      { name: 'Sam Reyes', kind: null },
    ]);
  });

  it('is placed at now when it is today without a time, and at midday of an earlier day', () => {
    setup = tempApi();
    expect(log().occurredAt).toBe(TEST_NOW);
    const earlier = new Date(log({ date: '2026-02-20' }).occurredAt);
    expect([earlier.getFullYear(), earlier.getMonth() + 1, earlier.getDate(), earlier.getHours()]).toEqual([2026, 2, 20, 12]);
  });

  it('moves "last contact" on with a later interaction, never back with a back-dated one', () => {
    setup = tempApi();
    const first = log({ date: '2026-02-20', time: '10:00' });
    const contactId = first.contacts[0]?.id as number;
    expect(lastContactOf(contactId)).toBe(first.occurredAt);
    const later = log({ date: '2026-03-01', time: '16:30' });
    expect(lastContactOf(contactId)).toBe(later.occurredAt);
    log({ date: '2026-01-05', time: '09:00' });
    expect(lastContactOf(contactId)).toBe(later.occurredAt);
    // Taking the latest away (a deletion, or its bid's and contacts' cascade) reads it again from what is left.
    setup.database.sqlite.prepare('DELETE FROM interactions WHERE id = ?').run(later.id);
    expect(lastContactOf(contactId)).toBe(first.occurredAt);
    setup.database.sqlite.prepare('UPDATE interactions SET occurred_at = ? WHERE id = ?').run(first.occurredAt - 30 * DAY, first.id);
    expect(lastContactOf(contactId)).toBe(first.occurredAt - 30 * DAY);
  });

  it('refuses a day after today or a time later than now, naming the field, and stores nothing', () => {
    setup = tempApi();
    const tomorrow = refusal(() => log({ date: localDateAt(TEST_NOW + DAY) }));
    expect(tomorrow).toMatchObject({ code: 'VALIDATION', message: 'Date cannot be after today', fields: { date: 'Date cannot be after today' } });
    const laterToday = refusal(() => log({ time: '23:59' }));
    expect(laterToday).toMatchObject({ code: 'VALIDATION', fields: { time: 'Time cannot be later than now' } });
    expect(setup.database.sqlite.prepare('SELECT count(*) FROM interactions').pluck().get()).toBe(0);
    expect(setup.database.sqlite.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
  });

  it('says when the bid or contact it names is gone', () => {
    setup = tempApi();
    expect(refusal(() => log({ bidId: 999 })).code).toBe('NOT_FOUND');
    expect(refusal(() => log({ contacts: [{ id: 999 }] })).code).toBe('NOT_FOUND');
    expect(refusal(() => setup.api.listInteractions({ contactId: 999 })).code).toBe('NOT_FOUND');
  });

  it('outlives the bid it was about, and loses a deleted contact but keeps the others', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO' }));
    const logged = log({ bidId: bid.id, contacts: [{ name: 'Priya Patel' }, { name: 'Sam Reyes' }] });
    setup.api.deleteBid({ id: bid.id });
    const sam = logged.contacts.find((contact) => contact.name === 'Sam Reyes')?.id as number;
    setup.database.sqlite.prepare('DELETE FROM contacts WHERE id = ?').run(sam);
    const [kept] = setup.api.listInteractions({ contactId: logged.contacts.find((contact) => contact.name === 'Priya Patel')?.id as number });
    expect(kept).toMatchObject({ id: logged.id, bid: null, contacts: [{ name: 'Priya Patel' }] });
  });
});
