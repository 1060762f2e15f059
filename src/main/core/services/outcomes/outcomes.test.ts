import { afterEach, describe, expect, it } from 'vitest';
import type { Stage } from '../../../../shared/domain';
import { bidOutcomeSchema, type SaveOutcomeInput } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { parsedOutcome } from '../../test-support/outcome-input';
import { tempApi } from '../../test-support/temp-database';
import { refusal } from '../../test-support/refusal';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

/** A bid moved through `stages` in turn; the last move's event id. */
function bidThrough(title: string, stages: Stage[]) {
  const bid = setup.api.createBid(parsedBid({ title, stage: stages[0] }));
  let eventId = 0;
  for (const to of stages.slice(1)) eventId = setup.api.moveBid({ id: bid.id, to }).eventId;
  return { id: bid.id, eventId };
}

function reasonId(code: string): number {
  const { mine, outside } = setup.api.listRejectionReasons(undefined);
  const reason = [...mine, ...outside].find((candidate) => candidate.code === code);
  if (!reason) throw new Error(`no reason ${code}`);
  return reason.id;
}

function save(bid: { id: number; eventId: number }, overrides: Partial<SaveOutcomeInput> = {}) {
  return setup.api.saveOutcome(parsedOutcome(bid.id, bid.eventId, overrides));
}

const count = (table: string) => setup.database.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe("a closed bid's outcome", () => {
  it('starts from the furthest stage in the history before closing, in board order, with nothing recorded', () => {
    setup = tempApi();
    const bid = bidThrough('Interim CFO', ['lead', 'submitted', 'interview', 'shortlisted']);
    setup.clock.advance(DAY);
    const { eventId } = setup.api.moveBid({ id: bid.id, to: 'rejected' });
    expect(setup.api.getOutcome({ bidId: bid.id })).toEqual({
      closing: { eventId, closedAs: 'rejected', at: setup.clock.now(), stageReached: 'interview', current: true },
      outcome: null,
      earlier: [],
    });
  });

  it('keeps what was recorded at an earlier closing, newest first, when a bid revived is lost again', () => {
    setup = tempApi();
    const first = bidThrough('Interim CFO', ['lead', 'interview', 'rejected']);
    save(first, { reasonIds: [reasonId('rate')], lesson: 'Quote the day rate later.' });
    setup.clock.advance(DAY);
    // The client came back: the bid is live again, and the first outcome still shows, as no longer editable.
    setup.api.moveBid({ id: first.id, to: 'interview' });
    const revived = setup.api.getOutcome({ bidId: first.id });
    expect(revived.closing?.current).toBe(false);
    expect(revived.outcome?.lesson).toBe('Quote the day rate later.');
    expect(revived.earlier).toEqual([]);

    setup.clock.advance(DAY);
    const second = { id: first.id, eventId: setup.api.moveBid({ id: first.id, to: 'no_response' }).eventId };
    save(second, { reasonIds: [reasonId('internal_hire')], lesson: 'Ask who else is in the running.' });
    const lostAgain = setup.api.getOutcome({ bidId: first.id });
    expect(lostAgain.outcome?.reasons.map((reason) => reason.code)).toEqual(['internal_hire']);
    expect(lostAgain.earlier.map((outcome) => ({ lesson: outcome.lesson, reasons: outcome.reasons.map((reason) => reason.code) }))).toEqual([
      { lesson: 'Quote the day rate later.', reasons: ['rate'] },
    ]);
  });

  it('has no closing for a bid that is live, withdrawn, or gone', () => {
    setup = tempApi();
    expect(setup.api.getOutcome({ bidId: bidThrough('Live', ['lead', 'interview']).id })).toEqual({ closing: null, outcome: null, earlier: [] });
    expect(setup.api.getOutcome({ bidId: bidThrough('Withdrawn', ['lead', 'withdrawn']).id }).closing).toBeNull();
    expect(refusal(() => setup.api.getOutcome({ bidId: 999 })).code).toBe('NOT_FOUND');
  });

  it('says Lead was reached by a bid created already closed', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ stage: 'no_response' }));
    expect(setup.api.getOutcome({ bidId: bid.id }).closing).toMatchObject({ closedAs: 'no_response', stageReached: 'lead', current: true });
  });

  it('stores the reasons, stage reached, feedback, whom it came from and the lesson, and replaces them when edited', () => {
    setup = tempApi();
    const bid = bidThrough('Interim CFO', ['lead', 'interview', 'rejected']);
    const own = setup.api.addRejectionReason({ label: 'Too hands-on', control: 'mine', pointsAtGap: false });
    const saved = save(bid, {
      reasonIds: [reasonId('internal_hire'), own.id, reasonId('experience_gap'), own.id],
      stageReached: 'interview',
      closedOn: '2026-02-27',
      feedbackRequestedOn: '2026-02-28',
      feedbackReceivedOn: '2026-03-02',
      feedbackText: 'They went with an internal candidate.',
      feedbackFrom: { name: 'Priya Patel' },
      thankYouSent: true,
      doorLeftOpen: true,
      lesson: 'Ask early whether someone internal is in the running.',
    });
    expect(saved.outcome).toMatchObject({
      bidId: bid.id,
      closingEventId: bid.eventId,
      closedAs: 'rejected',
      closedOn: '2026-02-27',
      feedbackRequestedOn: '2026-02-28',
      feedbackReceivedOn: '2026-03-02',
      feedbackText: 'They went with an internal candidate.',
      feedbackFrom: { name: 'Priya Patel' },
      thankYouSent: true,
      doorLeftOpen: true,
      lesson: 'Ask early whether someone internal is in the running.',
    });
    // Built-ins first in the taxonomy's order, then the user's own; a reason ticked twice is kept once.
    expect(saved.outcome?.reasons.map((reason) => reason.label)).toEqual(['Experience gap (sector or level)', 'Internal hire', 'Too hands-on']);
    // The contact typed in is the recruiter the bid already had, not a second Priya.
    expect(saved.outcome?.feedbackFrom?.id).toBe(setup.api.getBid({ id: bid.id }).recruiter?.id);

    setup.clock.advance(DAY);
    const edited = save(bid, { reasonIds: [reasonId('budget_pulled')], feedbackFrom: null, stageReached: 'shortlisted' });
    expect(edited.outcome).toMatchObject({ id: saved.outcome?.id, stageReached: 'shortlisted', feedbackFrom: null, createdAt: saved.outcome?.createdAt });
    expect(edited.outcome?.updatedAt).toBe(setup.clock.now());
    expect(edited.outcome?.reasons.map((reason) => reason.code)).toEqual(['budget_pulled']);
    expect(setup.api.getOutcome({ bidId: bid.id })).toEqual(edited);
  });

  it('lands only on the closing the dialog was opened for, while the bid is still closed by it', () => {
    setup = tempApi();
    const bid = bidThrough('Interim CFO', ['lead', 'interview', 'rejected']);
    expect(refusal(() => save({ id: bid.id, eventId: bid.eventId - 1 })).message).toBe(
      'Only a bid closed as Rejected, Role pulled or No response has an outcome to record.',
    );
    setup.api.moveBid({ id: bid.id, to: 'interview' });
    expect(refusal(() => save(bid))).toMatchObject({
      code: 'CONFLICT',
      message: 'This bid has moved on since it closed as Rejected: that outcome can no longer be changed.',
    });
    expect(setup.api.getOutcome({ bidId: bid.id }).closing).toMatchObject({ eventId: bid.eventId, current: false });
  });

  it('refuses dates in the future, naming each field', () => {
    setup = tempApi();
    const bid = bidThrough('Interim CFO', ['lead', 'rejected']);
    const refused = refusal(() => save(bid, { closedOn: '2026-03-04', feedbackRequestedOn: '2026-03-04', feedbackReceivedOn: '2026-03-05' }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fields).toEqual({
      closedOn: 'Closed on cannot be in the future',
      feedbackRequestedOn: 'Feedback requested on cannot be in the future',
      feedbackReceivedOn: 'Feedback received on cannot be in the future',
    });
    // At noon UTC it is already tomorrow in Auckland: the core does not know the user's time zone, so allows it.
    setup.clock.advance(3 * 3_600_000);
    expect(save(bid, { closedOn: '2026-03-03' }).outcome?.closedOn).toBe('2026-03-03');
    expect(count('rejection_outcomes')).toBe(1);
  });

  it('refuses a retired reason newly ticked, but keeps one the outcome already cites', () => {
    setup = tempApi();
    const bid = bidThrough('Interim CFO', ['lead', 'rejected']);
    const own = setup.api.addRejectionReason({ label: 'Too hands-on', control: 'mine', pointsAtGap: false });
    const other = setup.api.addRejectionReason({ label: 'Wrong timezone', control: 'outside', pointsAtGap: false });
    save(bid, { reasonIds: [own.id] });
    setup.api.setRejectionReasonRetired({ reasonId: own.id, retired: true });
    setup.api.setRejectionReasonRetired({ reasonId: other.id, retired: true });
    expect(save(bid, { reasonIds: [own.id], lesson: 'Still true' }).outcome?.reasons).toEqual([{ ...own, retired: true }]);
    expect(refusal(() => save(bid, { reasonIds: [own.id, other.id] })).fields).toEqual({
      reasonIds: '“Wrong timezone” is retired. Restore it under Manage reasons to use it again.',
    });
    expect(refusal(() => save(bid, { reasonIds: [9999] })).message).toBe('One of the reasons no longer exists. Reload to see the current list.');
  });
});

describe('the sample data', () => {
  it("reads back every sample outcome as the contract describes it, each on its bid's current closing", () => {
    setup = tempApi();
    setup.api.loadSampleData(undefined);
    const bidIds = setup.database.sqlite.prepare('SELECT opportunity_id FROM rejection_outcomes').pluck().all() as number[];
    expect(bidIds.length).toBeGreaterThan(10);
    for (const bidId of bidIds) {
      const read = bidOutcomeSchema.parse(setup.api.getOutcome({ bidId }));
      expect(read.closing?.current, `bid ${bidId}`).toBe(true);
      expect(read.outcome?.closingEventId).toBe(read.closing?.eventId);
    }
  });
});

describe('undoing the move that closed a bid', () => {
  it('removes the outcome recorded for it, and nothing else', () => {
    setup = tempApi();
    const other = bidThrough('Programme Director', ['lead', 'interview', 'role_pulled']);
    save(other, { reasonIds: [reasonId('budget_pulled')] });
    const bid = bidThrough('Interim CFO', ['lead', 'submitted', 'interview']);
    const { eventId } = setup.api.moveBid({ id: bid.id, to: 'rejected' });
    const own = setup.api.addRejectionReason({ label: 'Too hands-on', control: 'mine', pointsAtGap: false });
    save({ id: bid.id, eventId }, { reasonIds: [own.id, reasonId('internal_hire')], feedbackFrom: { name: 'Sam Reyes' } });
    expect(count('rejection_outcomes')).toBe(2);

    const undone = setup.api.undoMove({ eventId });
    expect(undone.stage).toBe('interview');
    expect(undone.history.map((event) => event.to)).toEqual(['lead', 'submitted', 'interview']);
    expect(setup.api.getOutcome({ bidId: bid.id })).toEqual({ closing: null, outcome: null, earlier: [] });
    expect(count('rejection_outcomes')).toBe(1);
    expect(count('outcome_reasons')).toBe(1);
    // The other bid's outcome, the user's own reason and the contact typed in all stay.
    expect(setup.api.getOutcome({ bidId: other.id }).outcome?.reasons.map((reason) => reason.code)).toEqual(['budget_pulled']);
    expect(setup.api.listRejectionReasons(undefined).mine.at(-1)).toMatchObject({ id: own.id, retired: false });
    expect(setup.api.searchContacts({ query: 'Sam', limit: 10 }).map((contact) => contact.name)).toEqual(['Sam Reyes']);
  });

  it('keeps the outcome when a later move is undone, and makes it current again', () => {
    setup = tempApi();
    const bid = bidThrough('Interim CFO', ['lead', 'interview', 'rejected']);
    save(bid, { reasonIds: [reasonId('stronger_candidate')] });
    const later = setup.api.moveBid({ id: bid.id, to: 'no_response' });
    expect(setup.api.getOutcome({ bidId: bid.id })).toMatchObject({ closing: { eventId: later.eventId, closedAs: 'no_response', current: true }, outcome: null });
    setup.api.undoMove({ eventId: later.eventId });
    const back = setup.api.getOutcome({ bidId: bid.id });
    expect(back.closing).toMatchObject({ eventId: bid.eventId, current: true });
    expect(back.outcome?.reasons.map((reason) => reason.code)).toEqual(['stronger_candidate']);
  });

  it('goes with the bid when the bid is deleted', () => {
    setup = tempApi();
    const bid = bidThrough('Interim CFO', ['lead', 'rejected']);
    save(bid, { reasonIds: [reasonId('rate')] });
    setup.api.deleteBid({ id: bid.id });
    expect([count('rejection_outcomes'), count('outcome_reasons')]).toEqual([0, 0]);
  });
});
