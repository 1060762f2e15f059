import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insightsTestbed } from '../../test-support/insights-data';

let bed: ReturnType<typeof insightsTestbed>;
beforeEach(() => {
  bed = insightsTestbed();
});
afterEach(() => bed.remove());

const WON = ['lead', 'won'] as const;
const LOST = ['lead', 'rejected'] as const;

describe('the brief completeness chart', () => {
  it('on an empty database has four empty bands', () => {
    const { brief } = bed.insights();
    expect(brief.bands).toEqual([
      { band: 0, label: 'Under 25%', won: 0, lost: 0, lossRate: null },
      { band: 1, label: '25–49%', won: 0, lost: 0, lossRate: null },
      { band: 2, label: '50–74%', won: 0, lost: 0, lossRate: null },
      { band: 3, label: '75% or more', won: 0, lost: 0, lossRate: null },
    ]);
    expect(brief).toMatchObject({ decided: 0, enoughData: false });
  });

  it('puts won and lost bids in quarter bands (24 below 25, 100 in the top band); open and withdrawn bids are not decided', () => {
    bed.data.bid({ briefCompleteness: 0, path: [...LOST] });
    bed.data.bid({ briefCompleteness: 24, path: [...LOST] });
    bed.data.bid({ briefCompleteness: 25, path: [...WON] });
    bed.data.bid({ briefCompleteness: 74, path: ['lead', 'no_response'] });
    bed.data.bid({ briefCompleteness: 75, path: [...WON] });
    bed.data.bid({ briefCompleteness: 100, path: [...LOST] });
    bed.data.bid({ briefCompleteness: 100, path: ['lead', 'withdrawn'] });
    bed.data.bid({ briefCompleteness: 0, path: ['lead'] });
    const { brief } = bed.insights();
    expect(brief.bands.map(({ won, lost, lossRate }) => ({ won, lost, lossRate }))).toEqual([
      { won: 0, lost: 2, lossRate: 1 },
      { won: 1, lost: 0, lossRate: 0 },
      { won: 0, lost: 1, lossRate: 1 },
      { won: 1, lost: 1, lossRate: 0.5 },
    ]);
    expect(brief.decided).toBe(6);
  });

  it('reads the loss rate of the thinnest briefs against the fullest', () => {
    for (let n = 0; n < 6; n += 1) bed.data.bid({ briefCompleteness: 10, path: n < 5 ? [...LOST] : [...WON] });
    for (let n = 0; n < 4; n += 1) bed.data.bid({ briefCompleteness: 90, path: n < 2 ? [...LOST] : [...WON] });
    expect(bed.insights().brief.reading).toBe('Briefs under 25% complete were lost 83% of the time (5 of 6); briefs 75% or more complete, 50% of the time (2 of 4).');
  });

  it('lists the won or lost bids of a band', () => {
    const won = bed.data.bid({ briefCompleteness: 80, path: [...WON] });
    bed.data.bid({ briefCompleteness: 80, path: [...LOST] });
    expect(bed.bids({ chart: 'brief', band: 3, outcome: 'won' })).toMatchObject({ total: 1, bids: [{ id: won }] });
    expect(bed.bids({ chart: 'brief', band: 3, outcome: 'lost' }).total).toBe(1);
  });
});
