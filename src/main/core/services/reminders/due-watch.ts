/**
 * What falls due while Stint runs, for the hosts' notifications: each tick brings the rules up to date and gives
 * the open reminders that began to show since the last tick (none at the first, so that opening Stint does not
 * replay every overdue one), or none at all when the user turned notifications off.
 */
import { sql } from 'drizzle-orm';
import type { Reminder } from '../../../../shared/schemas';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { readTransaction } from '../../db/transactions';
import { getSettings } from '../settings/settings';
import type { ReminderRules } from './freshness';
import { openReminders, SHOWS_AT } from './reminders';

export interface DueWatch {
  tick(): Reminder[];
}

export function watchDueReminders(db: Db, clock: Clock, rules: ReminderRules): DueWatch {
  let since = clock.now();
  return {
    tick() {
      rules.refresh();
      const now = clock.now();
      const from = since;
      since = now;
      return readTransaction(db, (tx) => (getSettings(tx).notifications ? openReminders(tx, sql`${SHOWS_AT} > ${from} AND ${SHOWS_AT} <= ${now}`) : []));
    },
  };
}

export interface Timers {
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/**
 * Ticks `watch` once a minute (and once now), handing what fell due to `notify`; returns how to stop. A tick that
 * fails (the disk full, the file locked by another program) is reported and the next one tried: a timer must not
 * take the app down.
 */
export function startDueTimer(
  watch: DueWatch,
  notify: (due: Reminder[]) => void,
  timers: Timers = globalThis as Timers,
  everyMs = 60_000,
  report: (error: unknown) => void = (error) => console.error('Stint could not check reminders:', error),
): () => void {
  const run = () => {
    try {
      const due = watch.tick();
      if (due.length > 0) notify(due);
    } catch (error) {
      report(error);
    }
  };
  run();
  const handle = timers.setInterval(run, everyMs);
  return () => timers.clearInterval(handle);
}
