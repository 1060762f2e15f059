import { describe, expect, it } from 'vitest';
import { calibrationSummary, signed } from './calibration';

const views = (self: number | null, theirs: number | null) => ({
  selfAssessment: self === null ? null : { rating: self, note: '', assessedAt: 0 },
  feedback: theirs === null ? null : { rating: theirs, text: '', from: null, receivedOn: '2026-03-02', recordedAt: 1 },
  calibrationGap: self === null || theirs === null ? null : theirs - self,
});

describe('the calibration gap as the user reads it', () => {
  it('says both ratings and the gap with a real minus sign, flagged from 2 apart in either direction', () => {
    expect(calibrationSummary(views(5, 2))).toEqual({ text: 'You rated it 5, their feedback 2: gap \u22123', gap: -3, flagged: true });
    expect(calibrationSummary(views(2, 4))).toEqual({ text: 'You rated it 2, their feedback 4: gap +2', gap: 2, flagged: true });
    expect(calibrationSummary(views(4, 3))?.flagged).toBe(false);
    expect(calibrationSummary(views(3, 3))?.text).toBe('You rated it 3, their feedback 3: gap 0');
  });

  it('is nothing until both views are in', () => {
    expect(calibrationSummary(views(5, null))).toBeNull();
    expect(calibrationSummary(views(null, 2))).toBeNull();
  });

  it('writes signed numbers as people do', () => {
    expect([signed(3), signed(0), signed(-1)]).toEqual(['+3', '0', '\u22121']);
  });
});
