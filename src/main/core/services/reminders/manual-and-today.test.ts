import { afterEach, describe, expect, it } from 'vitest';
import { createReminderSchema, type CreateReminderInput } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { parsedOutcome } from '../../test-support/outcome-input';
import { refusal } from '../../test-support/refusal';
import { tempApi } from '../../test-support/temp-database';
import { localDateAt, localTimeOn } from '../contracts/calendar-days';
import { reminderRules } from './freshness';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const today = () => localDateAt(setup.clock.now());
const inDays = (days: number) => localDateAt(localTimeOn(today(), days, 12));

function remind(overrides: Partial<CreateReminderInput> = {}) {
  return setup.api.createReminder(createReminderSchema.parse({ title: 'Send the CV', note: '', dueDate: today(), dueTime: null, contactId: null, bidId: null, ...overrides }));
}

describe('reminders the user sets', () => {
  it('are due at the time given, or 09:00, on a bid or contact, and are deleted outright', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', recruiter: { name: 'Priya Patel' } }));
    const morning = remind({ bidId: bid.id, dueDate: inDays(2), note: 'The 2-page one' });
    const timed = remind({ title: 'Call Priya', dueDate: inDays(1), dueTime: '14:30', contactId: setup.api.getBid({ id: bid.id }).recruiter?.id ?? null });
    expect(morning).toMatchObject({ kind: 'manual', rule: null, why: 'The 2-page one', dueAt: localTimeOn(inDays(2), 0, 9), bid: { id: bid.id, name: 'Interim CFO' } });
    expect(timed).toMatchObject({ dueAt: localTimeOn(inDays(1), 0, 14, 30), contact: { name: 'Priya Patel' } });
    expect(setup.api.listReminders({ bidId: bid.id }).map((reminder) => reminder.id)).toEqual([morning.id]);

    setup.api.dismissReminder({ reminderId: morning.id });
    expect(setup.database.sqlite.prepare('SELECT count(*) FROM reminders WHERE id = ?').pluck().get(morning.id)).toBe(0);
  });

  it('refuse a day already past, a bid that does not exist, and a rule-made one moved by editing', () => {
    setup = tempApi();
    expect(refusal(() => remind({ dueDate: inDays(-1) })).fields).toEqual({ dueDate: 'Due date cannot be before today' });
    expect(refusal(() => remind({ bidId: 999 })).code).toBe('NOT_FOUND');

    const edited = setup.api.updateReminder({ reminderId: remind().id, title: 'Send the new CV', note: 'v2', dueDate: inDays(3), dueTime: '08:00' });
    expect(edited).toMatchObject({ title: 'Send the new CV', why: 'v2', dueAt: localTimeOn(inDays(3), 0, 8) });

    setup.api.createBid(parsedBid({ title: 'Quiet one', stage: 'submitted' }));
    setup.clock.advance(21 * DAY);
    const quiet = setup.api.listReminders(undefined).find((reminder) => reminder.rule === 'gone_quiet');
    if (!quiet) throw new Error('expected a gone-quiet reminder');
    const renamed = setup.api.updateReminder({ reminderId: quiet.id, title: 'Chase Hays', note: quiet.why, dueDate: localDateAt(quiet.dueAt), dueTime: null });
    expect(renamed).toMatchObject({ title: 'Chase Hays', dueAt: quiet.dueAt });
    expect(refusal(() => setup.api.updateReminder({ reminderId: quiet.id, title: 'Chase Hays', note: quiet.why, dueDate: inDays(5), dueTime: null })).fields).toEqual({
      dueDate: 'A rule sets when this reminder is due and why: snooze it to put it off',
    });
  });
});

describe('the Today view', () => {
  it('lists at most a hundred in a group, soonest first, and counts them all', () => {
    setup = tempApi();
    for (let n = 0; n < 103; n += 1) remind({ title: `Call ${String(n).padStart(3, '0')}`, dueTime: `${String(10 + Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}` });
    const view = setup.api.getToday(undefined);
    expect(view.today).toHaveLength(100);
    expect(view.today[99]?.title).toBe('Call 099');
    expect(view.counts.today).toBe(103);
  });

  it('sorts open reminders into overdue, today, the next seven days and later, by when they show', () => {
    setup = tempApi();
    const overdue = remind({ title: 'Overdue' });
    setup.clock.advance(2 * DAY);
    const dueToday = remind({ title: 'Today', dueTime: '23:59' });
    const week = remind({ title: 'This week', dueDate: inDays(7) });
    const later = remind({ title: 'Later', dueDate: inDays(8) });
    const snoozed = remind({ title: 'Snoozed' });
    setup.api.snoozeReminder({ reminderId: snoozed.id, until: localTimeOn(inDays(30), 0, 9) });

    const view = setup.api.getToday(undefined);
    const titles = (list: { title: string }[]) => list.map((reminder) => reminder.title);
    expect(view.now).toBe(setup.clock.now());
    expect(titles(view.overdue)).toEqual(['Overdue']);
    expect(titles(view.today)).toEqual(['Today']);
    expect(titles(view.week)).toEqual(['This week']);
    expect(titles(view.later)).toEqual(['Later', 'Snoozed']);
    expect(view.counts).toEqual({ overdue: 1, today: 1, week: 1, later: 2 });
    expect([overdue, dueToday, week, later].every((reminder) => reminder.id > 0)).toBe(true);
  });
});

describe('when the rules are evaluated', () => {
  it('again after any write or a minute passing, and not on every read', () => {
    setup = tempApi();
    const rules = reminderRules(setup.database.db, setup.clock);
    expect(rules.refresh()).toBe(true);
    expect(rules.refresh()).toBe(false);
    setup.clock.advance(59_000);
    expect(rules.refresh()).toBe(false);
    setup.clock.advance(1_000);
    expect(rules.refresh()).toBe(true);
    setup.api.createBid(parsedBid({ title: 'Interim CFO' }));
    expect(rules.refresh()).toBe(true);
    expect(rules.refresh()).toBe(false);
  });
});

describe('a feedback request closed as "no feedback"', () => {
  it('answers its follow-up, and none comes again', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    const closing = setup.api.moveBid({ id: bid.id, to: 'rejected' });
    setup.api.saveOutcome(parsedOutcome(bid.id, closing.eventId, { feedbackRequestedOn: today() }));
    setup.clock.advance(8 * DAY);
    const followUp = () => setup.api.listReminders(undefined).filter((reminder) => reminder.kind === 'feedback_follow_up');
    expect(followUp()).toHaveLength(1);
    setup.api.closeFeedbackRequest({ bidId: bid.id });
    expect(followUp()).toEqual([]);
    setup.clock.advance(30 * DAY);
    expect(followUp()).toEqual([]);
    expect(refusal(() => setup.api.closeFeedbackRequest({ bidId: bid.id })).message).toBe('That bid has no feedback request still awaiting an answer.');
  });
});
