/**
 * Rules 5 and 6, around an interview:
 * - prepare: due two days before it starts, saying how much of its checklist is still to do;
 * - take stock: once it has started, record how it went the same evening (18:00 local, or two hours after it
 *   starts if that is later), before any feedback colours the memory. Answered by recording the self-assessment.
 *
 * Each is made once per interview and start time: moving the interview replaces the open one, deleting it takes
 * the open one away. Interviews that started over a week before the rule first looks are left alone.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { interviews, opportunities, reminders } from '../../../db/schema';
import { closeAnswered } from './answered';

const HOUR_MS = 3_600_000;
export const PREPARE_AHEAD_MS = 48 * HOUR_MS;
export const SELF_ASSESSMENT_LOOKBACK_MS = 7 * 24 * HOUR_MS;
const EVENING_HOUR = 18;

/** When to take stock of an interview that starts at `startsAt`: that evening, or two hours after it starts. */
export function takeStockAt(startsAt: number): number {
  const start = new Date(startsAt);
  const evening = new Date(start.getFullYear(), start.getMonth(), start.getDate(), EVENING_HOUR).getTime();
  return Math.max(evening, startsAt + 2 * HOUR_MS);
}

const triggerOf = (interviewId: number, startsAt: number) => `interview:${interviewId}@${startsAt}`;
/** The interview id in a reminder's trigger (`interview:<id>@<starts at>`), for a look-up by key. */
const INTERVIEW_ID_OF_TRIGGER = sql`CAST(substr(${reminders.triggerKey}, 11, instr(${reminders.triggerKey}, '@') - 11) AS INTEGER)`;

export function evaluateInterviewReminders(db: Db, now: number): void {
  // Plain rows, the checklist read only for an interview still to be reminded of: this runs every minute.
  const rows = db.all<{ id: number; round: number; startsAt: number; selfRating: number | null; bidId: number; title: string }>(sql`
    SELECT i.id, i.round, i.starts_at AS startsAt, i.self_rating AS selfRating, o.id AS bidId, o.title
    FROM ${interviews} i JOIN ${opportunities} o ON o.id = i.opportunity_id WHERE i.starts_at >= ${now - SELF_ASSESSMENT_LOOKBACK_MS}`);
  // Made once per trigger: only those not made yet are written (re-evaluation, every minute, writes nothing).
  const made = new Set(
    db
      .select({ rule: reminders.rule, triggerKey: reminders.triggerKey })
      .from(reminders)
      .where(and(inArray(reminders.rule, ['interview_prep', 'self_assessment']), sql`${reminders.dueAt} >= ${now - SELF_ASSESSMENT_LOOKBACK_MS - PREPARE_AHEAD_MS}`))
      .all()
      .map((row) => `${row.rule} ${row.triggerKey}`),
  );
  for (const row of rows) {
    const wanted = row.startsAt > now ? 'interview_prep' : row.selfRating === null ? 'self_assessment' : null;
    if (wanted === null || made.has(`${wanted} ${triggerOf(row.id, row.startsAt)}`)) continue;
    const base = { opportunityId: row.bidId, triggerKey: triggerOf(row.id, row.startsAt), createdAt: now, updatedAt: now };
    if (row.startsAt > now) {
      const checklist = db.select({ items: interviews.prepChecklist }).from(interviews).where(eq(interviews.id, row.id)).get()?.items ?? [];
      const left = checklist.filter((item) => !item.done).length;
      db.insert(reminders)
        .values({
          ...base,
          kind: 'interview_prep',
          rule: 'interview_prep',
          title: `Prepare for round ${row.round} of “${row.title}”`,
          why: left === 0 ? 'Interview in two days; the checklist is done' : `Interview in two days; ${left} of ${checklist.length} checklist items still to do`,
          dueAt: row.startsAt - PREPARE_AHEAD_MS,
        })
        .onConflictDoNothing()
        .run();
    } else if (row.selfRating === null) {
      db.insert(reminders)
        .values({
          ...base,
          kind: 'self_assessment',
          rule: 'self_assessment',
          title: `How did round ${row.round} of “${row.title}” go?`,
          why: 'Noted the same day, your own view is known to predate the feedback',
          dueAt: takeStockAt(row.startsAt),
        })
        .onConflictDoNothing()
        .run();
    }
  }
  // A self-assessment recorded answers its reminder; a past interview no longer needs preparing for.
  closeAnswered(
    db,
    now,
    ['interview_prep', 'self_assessment'],
    sql`(${reminders.rule} = 'self_assessment' AND EXISTS (SELECT 1 FROM ${interviews} i WHERE i.id = ${INTERVIEW_ID_OF_TRIGGER} AND i.self_rating IS NOT NULL))
      OR (${reminders.rule} = 'interview_prep' AND ${reminders.dueAt} + ${PREPARE_AHEAD_MS} <= ${now})`,
  );
  // An interview moved or deleted takes the open reminders for its old time with it.
  db.delete(reminders)
    .where(
      and(
        inArray(reminders.rule, ['interview_prep', 'self_assessment']),
        eq(reminders.status, 'open'),
        sql`NOT EXISTS (SELECT 1 FROM ${interviews} i WHERE i.id = ${INTERVIEW_ID_OF_TRIGGER} AND ${reminders.triggerKey} = 'interview:' || i.id || '@' || i.starts_at)`,
      ),
    )
    .run();
}
