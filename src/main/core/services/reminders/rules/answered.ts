import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ReminderKind } from '../../../../../shared/domain';
import type { Db } from '../../../db/open';
import { reminders } from '../../../db/schema';

/**
 * Marks done the open reminders of `rules` for which `answered` holds (SQL over the `reminders` row): the user
 * did what they asked, or what they asked about is over. Done, they are never made again for that trigger.
 */
export function closeAnswered(db: Db, now: number, rules: readonly ReminderKind[], answered: SQL): void {
  db.update(reminders)
    .set({ status: 'done', closedAt: now, closedBy: 'rule', updatedAt: now })
    .where(and(inArray(reminders.rule, [...rules]), eq(reminders.status, 'open'), sql`(${answered})`))
    .run();
}
