import { describe, expect, it } from 'vitest';
import { crashTestFile } from './crash-test-file';
import { stageMoves } from './stage-moves';

const KILLS = 50;
const { seed: SEED, kill } = crashTestFile();

describe('killed with SIGKILL during stage moves and creates (issue 16)', () => {
  it(`keeps every write reported as committed, ${KILLS} kills in a row on one database`, async () => {
    const summary = await kill(stageMoves, { kills: KILLS, delayMs: { min: 2, max: 600 } });

    // Not vacuous: the runs wrote a good deal, most kills came in the middle of a write, and they came both
    // before a write's commit and after it.
    expect(summary.committed, `seed ${SEED}`).toBeGreaterThan(200);
    expect(summary.inFlight.stored + summary.inFlight.notStored, `seed ${SEED}`).toBeGreaterThan(KILLS / 2);
    expect(summary.inFlight.stored, `seed ${SEED}`).toBeGreaterThan(0);
    expect(summary.inFlight.notStored, `seed ${SEED}`).toBeGreaterThan(0);
  }, 120_000);
});
