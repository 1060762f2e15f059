import { afterEach, describe, expect, it } from 'vitest';
import { parsedBid } from '../../test-support/bid-input';
import { parsedOutcome } from '../../test-support/outcome-input';
import { tempApi } from '../../test-support/temp-database';
import { localDateAt } from '../contracts/calendar-days';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const byKind = (kind: string) => setup.api.listReminders(undefined).filter((reminder) => reminder.kind === kind);

describe('the feedback follow-up', () => {
  it('is due a week after feedback was asked for, once, with whom it was asked of, and answered when it arrives', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    const closing = setup.api.moveBid({ id: bid.id, to: 'rejected' });
    const today = localDateAt(setup.clock.now());
    setup.api.saveOutcome(parsedOutcome(bid.id, closing.eventId, { feedbackRequestedOn: today, closedOn: today }));

    const [follow] = byKind('feedback_follow_up');
    const [year, month, day] = today.split('-').map(Number) as [number, number, number];
    expect(follow).toMatchObject({
      title: 'Follow up the feedback on “Interim CFO” with Priya Patel',
      why: 'Feedback asked for 7 days ago and none received yet: one follow-up, then let it go',
      dueAt: new Date(year, month - 1, day + 7, 9).getTime(),
    });
    setup.clock.advance(8 * DAY);
    setup.api.completeReminder({ reminderId: follow?.id as number });
    expect(byKind('feedback_follow_up')).toEqual([]);

    // Asked again on a later day: one more follow-up; feedback received answers it.
    const later = localDateAt(setup.clock.now());
    setup.api.saveOutcome(parsedOutcome(bid.id, closing.eventId, { feedbackRequestedOn: later, closedOn: today }));
    expect(byKind('feedback_follow_up')).toHaveLength(1);
    setup.api.saveOutcome(parsedOutcome(bid.id, closing.eventId, { feedbackRequestedOn: later, feedbackReceivedOn: later, closedOn: today }));
    expect(byKind('feedback_follow_up')).toEqual([]);
  });
});
