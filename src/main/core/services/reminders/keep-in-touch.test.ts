import { afterEach, describe, expect, it } from 'vitest';
import { createApi } from '../../api';
import { logInteractionSchema, type LogInteractionInput } from '../../../../shared/schemas';
import { localDateAt } from '../contracts/calendar-days';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';
import { refusal } from '../../test-support/refusal';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

/** A contact as the Contacts page will save them: here written directly, as that page is still to come. */
function contact(name: string, fields: { kind?: string; keyPartner?: boolean; cadenceDays?: number } = {}): number {
  const row = setup.database.sqlite
    .prepare('INSERT INTO contacts (uid, name, name_key, kind, key_partner, cadence_days, created_at, updated_at) VALUES (stint_record_uid(NULL), ?, ?, ?, ?, ?, ?, ?) RETURNING id')
    .get(name, name.toLowerCase(), fields.kind ?? null, fields.keyPartner ? 1 : 0, fields.cadenceDays ?? null, TEST_NOW - 400 * DAY, TEST_NOW - 400 * DAY) as {
    id: number;
  };
  return row.id;
}

function logWith(contactId: number, daysAgo: number, overrides: Partial<LogInteractionInput> = {}) {
  return setup.api.logInteraction(
    logInteractionSchema.parse({ date: localDateAt(setup.clock.now() - daysAgo * DAY), time: null, channel: 'call', contacts: [{ id: contactId }], bidId: null, summary: '', ...overrides }),
  );
}

const keepInTouch = () => setup.api.listReminders(undefined).filter((reminder) => reminder.kind === 'keep_in_touch');
const rows = () => setup.database.sqlite.prepare("SELECT contact_id, status FROM reminders WHERE rule = 'keep_in_touch' ORDER BY id").all() as { contact_id: number; status: string }[];

describe('the keep-in-touch rule', () => {
  it('makes a key partner due 30 days after the last contact and a recruiter 60, each saying why; others get none', () => {
    setup = tempApi();
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    const sam = contact('Sam Reyes', { kind: 'recruiter' });
    const alex = contact('Alex Moor', { kind: 'peer' });
    const jo = contact('Jo Lane', { kind: 'mentor', cadenceDays: 14 });
    const call = logWith(priya, 31);
    const samCall = logWith(sam, 10);
    logWith(alex, 200);
    const joCall = logWith(jo, 3);

    expect(keepInTouch().map(({ title, why, dueAt, contact: who }) => ({ title, why, dueAt, who: who?.id }))).toEqual([
      { title: 'Get in touch with Priya Patel', why: 'Key partner: in touch every 30 days', dueAt: call.occurredAt + 30 * DAY, who: priya },
      { title: 'Get in touch with Jo Lane', why: 'In touch every 14 days, as set for them', dueAt: joCall.occurredAt + 14 * DAY, who: jo },
      { title: 'Get in touch with Sam Reyes', why: 'Recruiter: in touch every 60 days', dueAt: samCall.occurredAt + 60 * DAY, who: sam },
    ]);
  });

  it('leaves someone never in touch yet alone, unless they are marked a key partner (then from when they were added)', () => {
    setup = tempApi();
    contact('Sam Reyes', { kind: 'recruiter' });
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    expect(keepInTouch().map(({ contact: who, dueAt }) => ({ who: who?.id, dueAt }))).toEqual([{ who: priya, dueAt: TEST_NOW - 400 * DAY + 30 * DAY }]);
  });

  it('is answered by logging an interaction, which sets the next one a cadence later; a back-dated one changes nothing', () => {
    setup = tempApi();
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    logWith(priya, 31);
    const [due] = keepInTouch();
    expect(due?.dueAt).toBeLessThan(setup.clock.now());

    const call = logWith(priya, 0);
    expect(keepInTouch().map((reminder) => reminder.dueAt)).toEqual([call.occurredAt + 30 * DAY]);
    expect(rows()).toEqual([
      { contact_id: priya, status: 'done' },
      { contact_id: priya, status: 'open' },
    ]);
    logWith(priya, 20);
    expect(keepInTouch().map((reminder) => reminder.dueAt)).toEqual([call.occurredAt + 30 * DAY]);
    expect(rows()).toHaveLength(2);
  });

  it('is made once per trigger: re-evaluating, restarting, completing or deleting never brings it back', () => {
    setup = tempApi();
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    const sam = contact('Sam Reyes', { kind: 'recruiter' });
    logWith(priya, 31);
    logWith(sam, 70);
    const made = rows();
    setup.api.listReminders(undefined);
    const restarted = createApi(setup.database.db, setup.clock);
    restarted.listReminders(undefined);
    expect(rows()).toEqual(made);

    const [first, second] = keepInTouch();
    setup.api.completeReminder({ reminderId: first?.id as number });
    const closedAt = setup.clock.now();
    setup.api.dismissReminder({ reminderId: second?.id as number });
    setup.clock.advance(5 * DAY);
    // Each answered one stays answered; the next for each contact is a whole cadence after it was answered.
    expect(restarted.listReminders(undefined).map(({ id, contact: who, dueAt }) => ({ id, who: who?.id, dueAt }))).toEqual([
      { id: expect.not.toBeOneOf([first?.id, second?.id]), who: priya, dueAt: closedAt + 30 * DAY },
      { id: expect.not.toBeOneOf([first?.id, second?.id]), who: sam, dueAt: closedAt + 60 * DAY },
    ]);
    // Sam's fell due first (and was completed), Priya's second (and was deleted).
    expect(rows().filter((row) => row.status !== 'open')).toEqual([
      { contact_id: priya, status: 'dismissed' },
      { contact_id: sam, status: 'done' },
    ]);
    expect(refusal(() => setup.api.completeReminder({ reminderId: first?.id as number })).message).toBe('That reminder is already done.');
  });

  it('stops after three deleted in a row with no word between, until the next interaction', () => {
    setup = tempApi();
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    logWith(priya, 31);
    for (let strike = 1; strike <= 3; strike += 1) {
      const [due] = keepInTouch();
      expect(due, `reminder ${strike}`).toBeDefined();
      setup.api.dismissReminder({ reminderId: due?.id as number });
      setup.clock.advance(31 * DAY);
    }
    expect(keepInTouch()).toEqual([]);
    setup.clock.advance(90 * DAY);
    expect(keepInTouch()).toEqual([]);
    const call = logWith(priya, 0);
    expect(keepInTouch().map((reminder) => reminder.dueAt)).toEqual([call.occurredAt + 30 * DAY]);
  });

  it('takes the cadences of the Settings page, at once for an open reminder', () => {
    setup = tempApi();
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    const sam = contact('Sam Reyes', { kind: 'recruiter' });
    const call = logWith(priya, 10);
    logWith(sam, 10);
    const settings = setup.api.getSettings(undefined);
    setup.api.saveSettings({ ...settings, keyPartnerCadenceDays: 14, recruiterCadenceDays: null });
    expect(keepInTouch().map(({ contact: who, dueAt, why }) => ({ who: who?.id, dueAt, why }))).toEqual([
      { who: priya, dueAt: call.occurredAt + 14 * DAY, why: 'Key partner: in touch every 14 days' },
    ]);
  });

  it('follows a cadence changed for the contact, and stops when the contact no longer has one', () => {
    setup = tempApi();
    const jo = contact('Jo Lane', { kind: 'mentor', cadenceDays: 14 });
    const call = logWith(jo, 3);
    setup.database.sqlite.prepare('UPDATE contacts SET cadence_days = 7 WHERE id = ?').run(jo);
    expect(keepInTouch().map((reminder) => reminder.dueAt)).toEqual([call.occurredAt + 7 * DAY]);
    setup.database.sqlite.prepare('UPDATE contacts SET cadence_days = NULL WHERE id = ?').run(jo);
    expect(keepInTouch()).toEqual([]);
    expect(rows()).toEqual([{ contact_id: jo, status: 'done' }]);
  });

  it('snoozes to a later time, listed from then on with its due date kept; an earlier time is refused', () => {
    setup = tempApi();
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    const sam = contact('Sam Reyes', { kind: 'recruiter' });
    logWith(priya, 31);
    logWith(sam, 65);
    const [samFirst, priyaSecond] = keepInTouch();
    expect([samFirst?.contact?.id, priyaSecond?.contact?.id]).toEqual([sam, priya]);

    const snoozed = setup.api.snoozeReminder({ reminderId: samFirst?.id as number, until: setup.clock.now() + DAY });
    expect(snoozed).toMatchObject({ snoozedUntil: setup.clock.now() + DAY, dueAt: samFirst?.dueAt });
    expect(keepInTouch().map((reminder) => reminder.contact?.id)).toEqual([priya, sam]);
    expect(refusal(() => setup.api.snoozeReminder({ reminderId: priyaSecond?.id as number, until: setup.clock.now() - 1 })).fields).toEqual({
      until: 'Snooze until must be later than now',
    });
  });

  it('leaves no reminder behind for a deleted contact', () => {
    setup = tempApi();
    const priya = contact('Priya Patel', { kind: 'recruiter', keyPartner: true });
    logWith(priya, 31);
    expect(keepInTouch()).toHaveLength(1);
    setup.database.sqlite.prepare('DELETE FROM contacts WHERE id = ?').run(priya);
    expect(setup.database.sqlite.prepare('SELECT count(*) FROM reminders').pluck().get()).toBe(0);
  });
});
