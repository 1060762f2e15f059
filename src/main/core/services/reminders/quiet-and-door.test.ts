import { afterEach, describe, expect, it } from 'vitest';
import { logInteractionSchema } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { interviewInput } from '../../test-support/interview-input';
import { localDateAt } from '../contracts/calendar-days';
import { tempApi } from '../../test-support/temp-database';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const byKind = (kind: string) => setup.api.listReminders(undefined).filter((reminder) => reminder.kind === kind);

describe('a bid gone quiet', () => {
  it('is raised 21 days after its last move from Submitted on, answered by a word about it, and not for a lead', () => {
    setup = tempApi();
    const chased = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'submitted' }));
    setup.api.createBid(parsedBid({ title: 'PMO Lead', stage: 'lead' }));
    setup.clock.advance(20 * DAY);
    expect(byKind('gone_quiet')).toEqual([]);
    setup.clock.advance(DAY);
    expect(byKind('gone_quiet')).toMatchObject([
      { title: '“Interim CFO” has gone quiet', why: 'No move and no word for 21 days: chase it, or move it to No response', bid: { id: chased.id } },
    ]);
    expect(setup.api.getBid({ id: chased.id }).stage).toBe('submitted');

    setup.api.logInteraction(
      logInteractionSchema.parse({ date: localDateAt(setup.clock.now()), time: null, channel: 'email', contacts: [{ name: 'Priya Patel' }], bidId: chased.id, summary: 'Chased' }),
    );
    expect(byKind('gone_quiet')).toEqual([]);
  });

  it('starts its clock again when dismissed', () => {
    setup = tempApi();
    setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    setup.clock.advance(21 * DAY);
    const [quiet] = byKind('gone_quiet');
    setup.api.dismissReminder({ reminderId: quiet?.id as number });
    setup.clock.advance(20 * DAY);
    expect(byKind('gone_quiet')).toEqual([]);
    setup.clock.advance(DAY);
    expect(byKind('gone_quiet')).toHaveLength(1);
  });

  it('stops after three dismissals with nothing happening between, until the bid moves', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'submitted' }));
    for (let strike = 1; strike <= 3; strike += 1) {
      setup.clock.advance(21 * DAY);
      const [quiet] = byKind('gone_quiet');
      expect(quiet, `reminder ${strike}`).toBeDefined();
      setup.api.dismissReminder({ reminderId: quiet?.id as number });
    }
    setup.clock.advance(60 * DAY);
    expect(byKind('gone_quiet')).toEqual([]);
    setup.api.moveBid({ id: bid.id, to: 'shortlisted' });
    setup.clock.advance(21 * DAY);
    expect(byKind('gone_quiet')).toHaveLength(1);
  });
});

describe('the door left open after a loss', () => {
  it('checks in with the hiring manager and each interviewer 90 days on, listed from a week before', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview', hiringManager: { name: 'Sam Reyes' } }));
    call(setup.api, 'createInterview', interviewInput(bid.id, { interviewers: [{ name: 'Dana Whitfield' }, { name: 'Sam Reyes' }] }));
    const closing = setup.api.moveBid({ id: bid.id, to: 'rejected' });
    const closedAt = setup.api.getBid({ id: bid.id }).history.find((event) => event.id === closing.eventId)?.at as number;
    setup.clock.advance(82 * DAY);
    expect(byKind('door_open')).toEqual([]);
    setup.clock.advance(DAY);
    // Sam is both hiring manager and interviewer: one check-in.
    expect(byKind('door_open').map(({ title, dueAt }) => ({ title, dueAt })).sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: 'Check in with Dana Whitfield', dueAt: closedAt + 90 * DAY },
      { title: 'Check in with Sam Reyes', dueAt: closedAt + 90 * DAY },
    ]);
    // Revived: the check-ins are answered.
    setup.api.moveBid({ id: bid.id, to: 'interview' });
    expect(byKind('door_open')).toEqual([]);
  });
});
