/**
 * Rule 2, after a rejection: "thank them and ask for feedback", due the next working morning after the bid was
 * closed as Rejected, Role pulled or No response (never the same hour: a thank-you sent in the heat of the
 * moment reads as one). For the bid's recruiter, else its hiring manager.
 *
 * Its trigger is the move that closed the bid. Undoing that move takes the reminder away with it; closings older
 * than a week when the rule first looks (a database from before reminders) are left alone rather than flooding Today.
 */
import { and, eq, sql } from 'drizzle-orm';
import { STAGE_LABELS, type OutcomeStage } from '../../../../../shared/domain';
import type { Db } from '../../../db/open';
import { reminders, stageEvents } from '../../../db/schema';
import { nextWorkingMorning } from '../working-days';

/** How far back a closing still gets its thank-you. */
export const THANK_YOU_LOOKBACK_MS = 7 * 86_400_000;

interface RecentClosing {
  eventId: number;
  at: number;
  closedAs: OutcomeStage;
  bidId: number;
  title: string;
  contactId: number | null;
  contactName: string | null;
}

export function evaluateThankYou(db: Db, now: number, workingDays: readonly number[]): void {
  // Bids closed that way lately and still closed, from the index of bids by when they were closed; the move that
  // closed each is its latest.
  const closings = db.all<RecentClosing>(sql`SELECT (SELECT max(e.id) FROM stage_events e WHERE e.opportunity_id = f.opportunity_id) AS eventId,
      f.stage_changed_at AS at, f.stage AS closedAs, o.id AS bidId, o.title AS title, c.id AS contactId, c.name AS contactName
    FROM bid_facts f INDEXED BY bid_facts_closed_at_idx
      JOIN opportunities o ON o.id = f.opportunity_id
      LEFT JOIN contacts c ON c.id = coalesce(o.recruiter_id, o.hiring_manager_id)
    WHERE f.closed = 'lost' AND f.stage_changed_at >= ${now - THANK_YOU_LOOKBACK_MS}`);
  for (const closing of closings) {
    const who = closing.contactName ?? 'them';
    db.insert(reminders)
      .values({
        kind: 'thank_you',
        title: `Thank ${who} and ask for feedback on “${closing.title}”`,
        why: `Closed as ${STAGE_LABELS[closing.closedAs]}: a thank-you keeps the door open, and the feedback is how patterns show up`,
        dueAt: nextWorkingMorning(closing.at, workingDays),
        contactId: closing.contactId,
        opportunityId: closing.bidId,
        rule: 'thank_you',
        triggerKey: `closing:${closing.eventId}`,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .run();
  }
  // A closing undone (its move deleted) takes its open thank-you with it.
  db.delete(reminders)
    .where(
      and(
        eq(reminders.rule, 'thank_you'),
        eq(reminders.status, 'open'),
        sql`NOT EXISTS (SELECT 1 FROM ${stageEvents} WHERE ${stageEvents.id} = CAST(substr(${reminders.triggerKey}, length('closing:') + 1) AS INTEGER))`,
      ),
    )
    .run();
}
