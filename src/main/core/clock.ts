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
