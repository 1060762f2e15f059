/** Where "now" comes from, so that tests and the sample-data generator can fix time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export function fixedClock(at: number): Clock & { advance(ms: number): void } {
  let current = at;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

/** A clock that reads `at` now and runs on from there in real time: a demo or an end-to-end test of the rules. */
export function clockStartingAt(at: number, real: Clock = systemClock): Clock {
  const offset = at - real.now();
  return { now: () => real.now() + offset };
}
