/**
 * Rule 8, skills MOT: twelve months after the last MOT was finished, it is due again. Its trigger is that MOT, so
 * finishing the next one answers it and sets the one after.
 */
import { desc, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { reminders, skillReviews } from '../../../db/schema';
import { closeAnswered } from './answered';

/** The same day and hour a year later (29 February falls on 1 March). */
export function aYearAfter(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear() + 1, date.getMonth(), date.getDate(), date.getHours(), date.getMinutes()).getTime();
}

export function evaluateSkillsMot(db: Db, now: number): void {
  const last = db.select().from(skillReviews).where(isNotNull(skillReviews.finishedAt)).orderBy(desc(skillReviews.finishedAt)).get();
  const trigger = last ? `mot:${last.id}` : null;
  if (last && last.finishedAt !== null && trigger) {
    db.insert(reminders)
      .values({
        kind: 'skills_mot',
        rule: 'skills_mot',
        triggerKey: trigger,
        title: "Run this year's skills MOT",
        why: 'A year since the last MOT: rate each skill again and plan what to develop',
        dueAt: aYearAfter(last.finishedAt),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .run();
  }
  // A newer MOT answers the open reminder of the one before.
  closeAnswered(db, now, ['skills_mot'], sql`${reminders.triggerKey} IS NOT ${trigger}`);
}
