import { describe, expect, it } from 'vitest';
import { benchTime, type ContractDates } from './bench-time';

/** Noon local time on that date: the instant a user would be looking at the app that day. */
function noonOn(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(year!, month! - 1, day!, 12).getTime();
}

let nextId = 1;
function contract(startOn: string, plannedEndOn: string, actualEndOn: string | null = null): ContractDates {
  return { contractId: nextId++, startOn, plannedEndOn, actualEndOn };
}

describe('bench time', () => {
  it('has nothing to say without contracts: no bench, no current contract, no utilisation', () => {
    expect(benchTime([], noonOn('2026-03-02'))).toEqual({ benchPeriods: [], current: null, currentBench: null, utilisation: null });
  });

  it('counts the days left in one ongoing contract, and the days under contract since it began', () => {
    const ongoing = contract('2026-01-05', '2026-06-30');
    const result = benchTime([ongoing], noonOn('2026-03-02'));
    expect(result.current).toEqual({ contractId: ongoing.contractId, endsOn: '2026-06-30', daysLeft: 120 });
    expect(result.benchPeriods).toEqual([]);
    expect(result.currentBench).toBeNull();
    // 5 Jan to 2 Mar is 57 days of the 365 from 3 Mar 2025.
    expect(result.utilisation).toEqual({ from: '2025-03-03', to: '2026-03-02', days: 365, daysUnderContract: 57, share: 57 / 365 });
  });

  it('says 0 days left on the last day, and none the day after', () => {
    const ending = contract('2026-01-05', '2026-03-02');
    expect(benchTime([ending], noonOn('2026-03-02')).current?.daysLeft).toBe(0);
    const after = benchTime([ending], noonOn('2026-03-03'));
    expect(after.current).toBeNull();
    expect(after.currentBench).toEqual({ since: '2026-03-02', days: 1 });
  });

  it('measures the bench between consecutive contracts as the days strictly between them', () => {
    const first = contract('2025-04-01', '2025-06-30');
    const second = contract('2025-07-15', '2025-12-31');
    const touching = contract('2026-01-01', '2026-04-30');
    const result = benchTime([touching, first, second], noonOn('2026-03-02'));
    expect(result.benchPeriods).toEqual([
      { afterContractId: first.contractId, beforeContractId: second.contractId, from: '2025-06-30', to: '2025-07-15', days: 14 },
      { afterContractId: second.contractId, beforeContractId: touching.contractId, from: '2025-12-31', to: '2026-01-01', days: 0 },
    ]);
  });

  it('counts overlapping contracts as zero bench and each overlapped day once', () => {
    const long = contract('2025-06-01', '2025-12-31');
    const inside = contract('2025-09-01', '2025-10-31');
    const next = contract('2026-01-11', '2026-06-30');
    const result = benchTime([long, inside, next], noonOn('2026-03-02'));
    // The bench before `next` runs from the end of `long`, which ended after `inside`.
    expect(result.benchPeriods).toEqual([
      { afterContractId: long.contractId, beforeContractId: inside.contractId, from: '2025-12-31', to: '2025-09-01', days: 0 },
      { afterContractId: long.contractId, beforeContractId: next.contractId, from: '2025-12-31', to: '2026-01-11', days: 10 },
    ]);
    // 1 Jun–31 Dec 2025 (214 days) and 11 Jan–2 Mar 2026 (51 days): `inside` adds nothing.
    expect(result.utilisation?.daysUnderContract).toBe(214 + 51);
  });

  it('follows an extension: the actual end replaces the planned one', () => {
    const extended = contract('2025-10-01', '2026-03-31', '2026-05-31');
    expect(benchTime([extended], noonOn('2026-03-02')).current).toEqual({ contractId: extended.contractId, endsOn: '2026-05-31', daysLeft: 90 });
  });

  it('ends a contract on its actual end when it stopped early, which lengthens the bench after it', () => {
    const cut = contract('2025-05-01', '2025-12-31', '2025-11-14');
    const next = contract('2026-01-05', '2026-06-30');
    const result = benchTime([cut, next], noonOn('2026-03-02'));
    expect(result.benchPeriods[0]).toMatchObject({ from: '2025-11-14', to: '2026-01-05', days: 51 });
  });

  it('takes the contract ending last when two run today', () => {
    const short = contract('2026-02-01', '2026-03-31');
    const long = contract('2026-01-01', '2026-09-30');
    expect(benchTime([short, long], noonOn('2026-03-02')).current?.contractId).toBe(long.contractId);
  });

  it('counts only days up to today: a contract starting next month is no utilisation yet, but its bench is known', () => {
    const past = contract('2025-01-01', '2026-01-31');
    const signed = contract('2026-04-01', '2026-09-30');
    const result = benchTime([past, signed], noonOn('2026-03-02'));
    expect(result.current).toBeNull();
    expect(result.currentBench).toEqual({ since: '2026-01-31', days: 30 });
    expect(result.benchPeriods).toEqual([
      { afterContractId: past.contractId, beforeContractId: signed.contractId, from: '2026-01-31', to: '2026-04-01', days: 59 },
    ]);
    // 3 Mar 2025 to 31 Jan 2026.
    expect(result.utilisation).toMatchObject({ daysUnderContract: 335, days: 365 });
  });

  it('looks back 366 days across a leap day, and reads today in local time', () => {
    const all = contract('2023-01-01', '2024-12-31');
    const result = benchTime([all], noonOn('2024-06-30'));
    expect(result.utilisation).toEqual({ from: '2023-07-01', to: '2024-06-30', days: 366, daysUnderContract: 366, share: 1 });
    // Two minutes before local midnight is still that day.
    expect(benchTime([all], new Date(2024, 11, 31, 23, 58).getTime()).current?.daysLeft).toBe(0);
  });

  it('has no current bench before the first contract starts', () => {
    const first = contract('2026-04-01', '2026-06-30');
    const result = benchTime([first], noonOn('2026-03-02'));
    expect(result.currentBench).toBeNull();
    expect(result.utilisation?.share).toBe(0);
  });
});
