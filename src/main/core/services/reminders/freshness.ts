/**
 * The rules are evaluated when their answer may have changed: after any write to the database (by this
 * connection or another) or once a minute has passed, as time alone makes reminders fall due. Reads of reminders
 * call `refresh` first; the hosts' timer calls it too. Evaluating on every read would write on every read.
 */
import { sql } from 'drizzle-orm';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { evaluateReminders } from './evaluate';

export const EVALUATE_EVERY_MS = 60_000;

export interface ReminderRules {
  /** Evaluates the rules if anything may have changed their answer; true if it did. */
  refresh(): boolean;
}

function changeMark(db: Db): string {
  const row = db.get<{ changes: number; version: number }>(sql`SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version`);
  return `${row.changes}/${row.version}`;
}

export function reminderRules(db: Db, clock: Clock, everyMs = EVALUATE_EVERY_MS): ReminderRules {
  let mark: string | null = null;
  let evaluatedAt = Number.NEGATIVE_INFINITY;
  return {
    refresh() {
      const now = clock.now();
      if (mark === changeMark(db) && now >= evaluatedAt && now - evaluatedAt < everyMs) return false;
      evaluateReminders(db, now);
      mark = changeMark(db);
      evaluatedAt = now;
      return true;
    },
  };
}
