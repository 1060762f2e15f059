/**
 * `bid_facts`: what Insights reads of each bid, one narrow row per bid. The database keeps it true by itself:
 * triggers (migration 0012) copy the bid's own columns on every insert and update, summarise its stage history
 * on every stage event added or removed, and note its latest rejection outcome. No service writes it, so no
 * write can forget it; a test replays moves, undos and edits and compares it with the history it summarises.
 *
 * Insights scans it instead of the bids (wide rows, with briefs and notes) and their 60,000 events: each chart
 * reads one of the covering indexes below in the order it groups by, so that SQLite neither sorts nor looks
 * rows up.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { OUTCOME_STAGES, type WaitingStage } from '../../../../shared/domain';
import { opportunities } from './pipeline';


const quoted = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The visit still going on has no move out yet: for a bid in the stage now, its arrival (`stage_changed_at`) is
 * added back. A sum that then comes back to exactly 0 is that visit alone, not a decision yet (a visit of 0 ms,
 * two moves in the same millisecond, would be taken for none).
 */
function timeInStage(stage: WaitingStage) {
  return sql.raw(`CASE WHEN stage = '${stage}' THEN nullif(${stage}_signed + stage_changed_at, 0) ELSE ${stage}_signed END`);
}

export const bidFacts = sqliteTable(
  'bid_facts',
  {
    opportunityId: integer('opportunity_id')
      .primaryKey()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    // Copies of the bid's own columns.
    agencyId: integer('agency_id'),
    source: text('source').notNull(),
    engagement: text('engagement').notNull(),
    stage: text('stage').notNull(),
    createdAt: integer('created_at').notNull(),
    stageChangedAt: integer('stage_changed_at').notNull(),
    briefCompleteness: integer('brief_completeness').notNull(),
    /** The furthest open stage its history reached, as its place in `OPEN_STAGES` (null: none). */
    furthest: integer('furthest'),
    /**
     * Per waiting stage, the times of the moves out of it minus those of the moves into it (null: never there).
     * Order does not matter to a sum, so the triggers add events up without sorting them.
     */
    leadSigned: integer('lead_signed'),
    briefSigned: integer('brief_signed'),
    submittedSigned: integer('submitted_signed'),
    shortlistedSigned: integer('shortlisted_signed'),
    interviewSigned: integer('interview_signed'),
    offerSigned: integer('offer_signed'),
    /** Milliseconds spent in each waiting stage on the visits it moved on from; null if it never left it. */
    leadMs: integer('lead_ms').generatedAlwaysAs(timeInStage('lead'), { mode: 'stored' }),
    briefMs: integer('brief_ms').generatedAlwaysAs(timeInStage('brief'), { mode: 'stored' }),
    submittedMs: integer('submitted_ms').generatedAlwaysAs(timeInStage('submitted'), { mode: 'stored' }),
    shortlistedMs: integer('shortlisted_ms').generatedAlwaysAs(timeInStage('shortlisted'), { mode: 'stored' }),
    interviewMs: integer('interview_ms').generatedAlwaysAs(timeInStage('interview'), { mode: 'stored' }),
    offerMs: integer('offer_ms').generatedAlwaysAs(timeInStage('offer'), { mode: 'stored' }),
    /** Its latest rejection outcome, and the stage that outcome says it reached (a rank; null for a closed stage). */
    outcomeId: integer('outcome_id'),
    outcomeReached: integer('outcome_reached'),
    /** How many of that outcome's reasons are in the user's control, and how many outside it. */
    reasonsMine: integer('reasons_mine').notNull().default(0),
    reasonsOutside: integer('reasons_outside').notNull().default(0),
    /** 'won', 'lost' (closed by someone else's decision) or null (open, or withdrawn by the user). */
    closed: text('closed').generatedAlwaysAs(
      sql.raw(`CASE WHEN stage = 'won' THEN 'won' WHEN stage IN (${quoted(OUTCOME_STAGES)}) THEN 'lost' END`),
      { mode: 'stored' },
    ),
    /** For a lost bid, the stage it got to: what its outcome records (the user may correct it), else its history's furthest. */
    reached: integer('reached').generatedAlwaysAs(
      sql.raw(`CASE WHEN stage IN (${quoted(OUTCOME_STAGES)}) THEN coalesce(outcome_reached, furthest) END`),
      { mode: 'stored' },
    ),
  },
  (table) => {
    // The columns every chart filters on, last in each covering index.
    const filters = [table.createdAt, table.engagement, table.agencyId, table.source] as const;
    return [
    index('bid_facts_reach_idx').on(table.agencyId, table.source, table.furthest, table.createdAt, table.engagement),
    index('bid_facts_created_idx').on(table.createdAt, table.engagement, table.agencyId, table.source),
    index('bid_facts_closed_at_idx').on(table.closed, table.stageChangedAt, ...filters),
    // Lost bids: the stage reached and, after the filters, what the reasons chart reads of each.
    index('bid_facts_reached_idx').on(table.closed, table.reached, ...filters, table.outcomeId, table.reasonsMine, table.reasonsOutside),
    index('bid_facts_brief_idx').on(table.closed, table.briefCompleteness, ...filters),
    ];
  },
);
