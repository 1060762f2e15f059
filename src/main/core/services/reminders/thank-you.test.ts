import { afterEach, describe, expect, it } from 'vitest';
import { parsedBid } from '../../test-support/bid-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';
import { nextWorkingMorning } from './working-days';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const thankYous = () => setup.api.listReminders(undefined).filter((reminder) => reminder.kind === 'thank_you');
const local = (at: number) => {
  const date = new Date(at);
  return { weekday: date.getDay(), hour: date.getHours(), minutes: date.getMinutes() };
};

describe('the next working morning', () => {
  it('is 09:00 the day after on a working day, and Monday after a Friday, Saturday or Sunday', () => {
    const friday = new Date(2026, 2, 6, 17, 30).getTime();
    expect(new Date(nextWorkingMorning(friday))).toEqual(new Date(2026, 2, 9, 9));
    expect(new Date(nextWorkingMorning(new Date(2026, 2, 7, 10).getTime()))).toEqual(new Date(2026, 2, 9, 9));
    expect(new Date(nextWorkingMorning(new Date(2026, 2, 3, 8).getTime()))).toEqual(new Date(2026, 2, 4, 9));
  });
});

describe('the thank-you after a rejection', () => {
  it('asks the recruiter, the next working morning, naming the bid and why', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    setup.clock.advance(8 * HOUR);
    setup.api.moveBid({ id: bid.id, to: 'rejected' });

    const [reminder] = thankYous();
    expect(reminder).toMatchObject({
      title: 'Thank Priya Patel and ask for feedback on “Interim CFO”',
      why: 'Closed as Rejected: a thank-you keeps the door open, and the feedback is how patterns show up',
      bid: { id: bid.id, name: 'Interim CFO' },
      contact: { name: 'Priya Patel' },
    });
    expect(reminder?.dueAt).toBe(nextWorkingMorning(setup.clock.now()));
    expect(local(reminder?.dueAt as number).hour).toBe(9);
    expect(reminder?.dueAt).toBeGreaterThan(setup.clock.now() + HOUR);
  });

  it('is made once, stays done once done, and goes with the move when the move is undone', () => {
    setup = tempApi();
    const first = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    const second = setup.api.createBid(parsedBid({ title: 'Head of Finance', stage: 'submitted', recruiter: null }));
    setup.api.moveBid({ id: first.id, to: 'rejected' });
    const undone = setup.api.moveBid({ id: second.id, to: 'no_response' });
    expect(thankYous().map((reminder) => reminder.title)).toEqual([
      'Thank Priya Patel and ask for feedback on “Interim CFO”',
      'Thank them and ask for feedback on “Head of Finance”',
    ]);

    setup.api.undoMove({ eventId: undone.eventId });
    const [kept] = thankYous();
    expect(thankYous()).toHaveLength(1);
    setup.api.completeReminder({ reminderId: kept?.id as number });
    setup.clock.advance(DAY);
    expect(thankYous()).toEqual([]);
    expect(setup.database.sqlite.prepare("SELECT count(*) FROM reminders WHERE rule = 'thank_you'").pluck().get()).toBe(1);
  });

  it('leaves closings older than a week alone, so that a pipeline from before reminders does not flood Today', () => {
    setup = tempApi();
    // Closed before reminders existed, written as the previous version did: the move and the bid's stage.
    const closedBefore = (title: string, daysAgo: number) => {
      const bid = setup.api.createBid(parsedBid({ title, stage: 'interview' }));
      const at = TEST_NOW - daysAgo * DAY;
      setup.database.sqlite.prepare("INSERT INTO stage_events (uid, opportunity_id, from_stage, to_stage, at) VALUES (stint_record_uid(NULL), ?, 'interview', 'rejected', ?)").run(bid.id, at);
      setup.database.sqlite.prepare("UPDATE opportunities SET stage = 'rejected', stage_changed_at = ? WHERE id = ?").run(at, bid.id);
    };
    closedBefore('Interim CFO', 8);
    closedBefore('Head of Finance', 6);
    expect(thankYous().map((reminder) => reminder.bid?.name)).toEqual(['Head of Finance']);
  });
});
