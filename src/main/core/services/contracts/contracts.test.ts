import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../../shared/contract';
import { dispatch } from '../../dispatch';
import { parsedBid } from '../../test-support/bid-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const DAY = 86_400_000;

function save(input: ApiInput<'saveContract'>) {
  return dispatch(setup.api, 'saveContract', input);
}

function wonBid(title = 'Interim CFO') {
  return setup.api.createBid(parsedBid({ title, stage: 'won' }));
}

const sixMonths = { startOn: '2026-01-05', plannedEndOn: '2026-06-30', actualEndOn: null, rate: { amount: 850, currency: 'GBP', unit: 'day' } } as const;

describe('recording a contract', () => {
  it('stores a won bid’s dates and agreed rate and reads them back', () => {
    setup = tempApi();
    const bid = wonBid();
    expect(setup.api.getContract({ bidId: bid.id })).toBeNull();
    expect(save({ bidId: bid.id, ...sixMonths })).toMatchObject({ ok: true });
    expect(setup.api.getContract({ bidId: bid.id })).toMatchObject({
      bidId: bid.id,
      startOn: '2026-01-05',
      plannedEndOn: '2026-06-30',
      actualEndOn: null,
      rate: { amount: 850, currency: 'GBP', unit: 'day' },
      endChanges: [],
    });
  });

  it('refuses a bid that is not Won, naming its stage', () => {
    setup = tempApi();
    const offer = setup.api.createBid(parsedBid({ title: 'Head of Finance', stage: 'offer' }));
    expect(save({ bidId: offer.id, ...sixMonths })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Only a won bid has a contract: “Head of Finance” is at Offer. Move it to Won first.' },
    });
    expect(save({ bidId: 9999, ...sixMonths })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses ends before the start, field by field', () => {
    setup = tempApi();
    const bid = wonBid();
    const result = save({ bidId: bid.id, ...sixMonths, plannedEndOn: '2025-12-31', actualEndOn: '2026-01-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { plannedEndOn: 'Planned end cannot be before the start' } } });
    expect(save({ bidId: bid.id, ...sixMonths, actualEndOn: '2026-01-04' })).toMatchObject({
      ok: false,
      error: { message: 'Actual end cannot be before the start', fields: { actualEndOn: 'Actual end cannot be before the start' } },
    });
  });

  it('keeps an edit that moves the planned end in the history, and an edit that does not out of it', () => {
    setup = tempApi();
    const bid = wonBid();
    save({ bidId: bid.id, ...sixMonths });
    save({ bidId: bid.id, ...sixMonths, rate: null });
    setup.clock.advance(DAY);
    save({ bidId: bid.id, ...sixMonths, rate: null, plannedEndOn: '2026-07-31' });
    const contract = setup.api.getContract({ bidId: bid.id });
    expect(contract?.rate).toBeNull();
    expect(contract?.endChanges).toEqual([{ id: expect.any(Number), fromEndOn: '2026-06-30', toEndOn: '2026-07-31', at: TEST_NOW + DAY, note: '' }]);
  });
});

describe('extending or shortening a contract', () => {
  it('moves the planned end and keeps every change with its note, oldest first', () => {
    setup = tempApi();
    const bid = wonBid();
    save({ bidId: bid.id, ...sixMonths });
    setup.api.changeContractEnd({ bidId: bid.id, toEndOn: '2026-09-30', note: 'Phase 2 agreed' });
    setup.clock.advance(DAY);
    const shortened = setup.api.changeContractEnd({ bidId: bid.id, toEndOn: '2026-08-31', note: 'Budget cut' });
    expect(shortened.plannedEndOn).toBe('2026-08-31');
    expect(shortened.endChanges.map(({ fromEndOn, toEndOn, note, at }) => ({ fromEndOn, toEndOn, note, at }))).toEqual([
      { fromEndOn: '2026-06-30', toEndOn: '2026-09-30', note: 'Phase 2 agreed', at: TEST_NOW },
      { fromEndOn: '2026-09-30', toEndOn: '2026-08-31', note: 'Budget cut', at: TEST_NOW + DAY },
    ]);
    expect(setup.api.getWorkSummary(undefined).current).toMatchObject({ bid: { id: bid.id }, endsOn: '2026-08-31' });
  });

  it('refuses a change that changes nothing, an end before the start, a bid without a contract and an ended contract', () => {
    setup = tempApi();
    const bid = wonBid();
    const change = (input: ApiInput<'changeContractEnd'>) => dispatch(setup.api, 'changeContractEnd', input);
    expect(change({ bidId: bid.id, toEndOn: '2026-09-30' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This bid has no contract yet: record its start and planned end first.' },
    });
    save({ bidId: bid.id, ...sixMonths });
    expect(change({ bidId: bid.id, toEndOn: '2026-06-30' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { toEndOn: 'The contract already ends on that date' } },
    });
    expect(change({ bidId: bid.id, toEndOn: '2025-12-01' })).toMatchObject({ ok: false, error: { message: 'New end cannot be before the contract’s start' } });
    save({ bidId: bid.id, ...sixMonths, actualEndOn: '2026-02-27' });
    expect(change({ bidId: bid.id, toEndOn: '2026-09-30' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(setup.api.getContract({ bidId: bid.id })?.endChanges).toEqual([]);
  });
});

describe('the work summary', () => {
  it('names the bids: the current contract with its days left, the bench before it and utilisation', () => {
    setup = tempApi();
    const earlier = wonBid('Programme Director');
    const current = wonBid('Interim CFO');
    save({ bidId: earlier.id, startOn: '2025-03-03', plannedEndOn: '2025-12-19', actualEndOn: null, rate: null });
    save({ bidId: current.id, ...sixMonths });
    // TEST_NOW is 2 March 2026.
    expect(setup.api.getWorkSummary(undefined)).toEqual({
      current: { bid: { id: current.id, title: 'Interim CFO' }, endsOn: '2026-06-30', daysLeft: 120 },
      currentBench: null,
      benchPeriods: [
        { after: { id: earlier.id, title: 'Programme Director' }, before: { id: current.id, title: 'Interim CFO' }, from: '2025-12-19', to: '2026-01-05', days: 16 },
      ],
      utilisation: { from: '2025-03-03', to: '2026-03-02', days: 365, daysUnderContract: 292 + 57, share: (292 + 57) / 365 },
    });
  });

  it('is empty before any contract is recorded', () => {
    setup = tempApi();
    expect(setup.api.getWorkSummary(undefined)).toEqual({ current: null, currentBench: null, benchPeriods: [], utilisation: null });
  });
});
