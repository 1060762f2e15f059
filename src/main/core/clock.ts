/** Where "now" comes from, so that tests and the sample-data generator can fix time. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

export function fixedClock(at: number | Date): Clock & { set(at: number | Date): void; advance(ms: number): void } {
  let current = typeof at === 'number' ? at : at.getTime();
  return {
    now: () => current,
    set: (next) => {
      current = typeof next === 'number' ? next : next.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
