/**
 * Rule 7, pipeline cover: while the current contract ends within eight weeks and fewer bids are live than the
 * user's target (3 by default, set in Settings), "don't bet on one outcome", with the live count. One per
 * contract end: an extension makes a new one; enough live bids again answer it.
 */
import { and, count, inArray, isNull, sql } from 'drizzle-orm';
import { WAITING_STAGES } from '../../../../../shared/domain';
import type { Db } from '../../../db/open';
import { opportunities, reminders } from '../../../db/schema';
import { benchTime } from '../../contracts/bench-time';
import { localTimeOn } from '../../contracts/calendar-days';
import { loadContractDates } from '../../contracts/load-contract-dates';
import { WORKING_MORNING_HOUR } from '../working-days';
import { closeAnswered } from './answered';

export const COVER_WEEKS = 8;

export function evaluatePipelineCover(db: Db, now: number, target: number): void {
  const current = benchTime(loadContractDates(db), now).current;
  const live =
    db
      .select({ n: count() })
      .from(opportunities)
      .where(and(inArray(opportunities.stage, [...WAITING_STAGES]), isNull(opportunities.archivedAt)))
      .get()?.n ?? 0;
  const trigger = current ? `cover:${current.contractId}@${current.endsOn}` : null;
  if (current && trigger && current.daysLeft <= COVER_WEEKS * 7 && live < target) {
    const coverFrom = localTimeOn(current.endsOn, -COVER_WEEKS * 7, WORKING_MORNING_HOUR);
    db.insert(reminders)
      .values({
        kind: 'pipeline_cover',
        rule: 'pipeline_cover',
        triggerKey: trigger,
        title: 'Line up the next contract',
        why: `The current contract ends in ${current.daysLeft} days and ${live === 1 ? 'only 1 bid is' : `${live} bids are`} live, against a target of ${target}: don't bet on one outcome`,
        dueAt: Math.min(coverFrom, now),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .run();
  }
  // Enough live bids again, or the contract (or its end) no longer the current one: answered.
  closeAnswered(db, now, ['pipeline_cover'], sql`${reminders.triggerKey} IS NOT ${trigger} OR ${live} >= ${target}`);
}
