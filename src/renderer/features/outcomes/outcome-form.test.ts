import { describe, expect, it } from 'vitest';
import type { Outcome, ReasonList, RejectionReason } from '../../../shared/schemas';
import { formFieldOf, offeredReasons, outcomeFormValues, pendingSuggestions, toggled, toSaveInput } from './outcome-form';

const reason = (id: number, code: RejectionReason['code'], label: string, retired = false): RejectionReason => ({
  id,
  code,
  label,
  control: code === 'internal_hire' || code === 'budget_pulled' ? 'outside' : 'mine',
  pointsAtGap: false,
  retired,
});
const internalHire = reason(9, 'internal_hire', 'Internal hire');
const budgetPulled = reason(10, 'budget_pulled', 'Budget pulled');
const rate = reason(7, 'rate', 'Rate');
const ownRetired = reason(20, null, 'Too hands-on', true);
const reasons: ReasonList = { mine: [rate, ownRetired], outside: [internalHire, budgetPulled] };

const closing = { eventId: 5, closedAs: 'rejected' as const, at: new Date(2026, 2, 2, 23, 30).getTime(), stageReached: 'interview' as const, current: true };
const stored: Outcome = {
  id: 1,
  bidId: 3,
  closingEventId: 5,
  closedAs: 'rejected',
  stageReached: 'shortlisted',
  closedOn: '2026-02-27',
  feedbackRequestedOn: '2026-02-28',
  feedbackReceivedOn: null,
  feedbackText: 'They went with an internal candidate.',
  feedbackFrom: { id: 4, name: 'Priya Patel' },
  thankYouSent: true,
  doorLeftOpen: false,
  lesson: 'Ask early.',
  reasons: [internalHire],
  createdAt: 0,
  updatedAt: 0,
};

describe('the outcome form', () => {
  it("starts a new outcome from the closing: its day in the user's time zone and the furthest stage reached", () => {
    expect(outcomeFormValues(closing, null)).toMatchObject({ reasonIds: [], stageReached: 'interview', closedOn: '2026-03-02', feedbackFrom: '' });
  });

  it('starts an edit from what is stored, with blank fields for dates not set', () => {
    expect(outcomeFormValues(closing, stored)).toMatchObject({
      reasonIds: [9],
      stageReached: 'shortlisted',
      closedOn: '2026-02-27',
      feedbackReceivedOn: '',
      feedbackFrom: 'Priya Patel',
      thankYouSent: true,
    });
  });

  it('sends blank dates as none, and keeps the stored contact by id until its name is changed', () => {
    const values = outcomeFormValues(closing, stored);
    expect(toSaveInput(3, 5, values, stored)).toMatchObject({ feedbackReceivedOn: null, feedbackFrom: { id: 4 } });
    expect(toSaveInput(3, 5, { ...values, feedbackFrom: ' Sam Reyes ' }, stored).feedbackFrom).toEqual({ name: 'Sam Reyes' });
    expect(toSaveInput(3, 5, { ...values, feedbackFrom: '  ' }, stored).feedbackFrom).toBeNull();
  });

  it('ticks and unticks reasons, offering a retired one only while it is ticked', () => {
    expect(toggled([9], 7)).toEqual([9, 7]);
    expect(toggled([9, 7], 9)).toEqual([7]);
    expect(offeredReasons(reasons.mine, [])).toEqual([rate]);
    expect(offeredReasons(reasons.mine, [20])).toEqual([rate, ownRetired]);
  });

  it('offers each suggestion whose reason is not ticked yet, with the words that triggered it', () => {
    const suggestions = [
      { reason: 'internal_hire' as const, phrase: 'went with an internal candidate' },
      { reason: 'budget_pulled' as const, phrase: 'budget has been pulled' },
    ];
    expect(pendingSuggestions(suggestions, reasons, [9])).toEqual([{ phrase: 'budget has been pulled', reason: budgetPulled }]);
    expect(pendingSuggestions(suggestions, reasons, [9, 10])).toEqual([]);
  });

  it("puts the core's refusals beside their fields", () => {
    expect(formFieldOf('feedbackReceivedOn')).toBe('feedbackReceivedOn');
    expect(formFieldOf('feedbackFrom.name')).toBe('feedbackFrom');
    expect(formFieldOf('closingEventId')).toBe('form');
  });
});
