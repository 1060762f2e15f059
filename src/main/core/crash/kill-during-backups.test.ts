import { describe, expect, it } from 'vitest';
import { crashTestFile } from './crash-test-file';
import { backups } from './backups';

const KILLS = 25;
const { seed: SEED, kill } = crashTestFile();

describe('killed with SIGKILL while taking backups (issue 16)', () => {
  it(`lists only whole, sound backups and keeps the newest reported, ${KILLS} kills in a row`, async () => {
    const summary = await kill(backups, { kills: KILLS, delayMs: { min: 2, max: 300 } });
    // Not vacuous: many backups were reported taken, and kills fell in the middle of one, both before and after
    // it was renamed into place.
    expect(summary.committed, `seed ${SEED}`).toBeGreaterThan(20);
    expect(summary.inFlight.stored + summary.inFlight.notStored, `seed ${SEED}`).toBeGreaterThan(KILLS / 2);
    expect(summary.inFlight.notStored, `seed ${SEED}`).toBeGreaterThan(0);
  }, 120_000);
});
