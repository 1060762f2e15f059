import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from './open';
import { writeTransaction } from './transactions';

/**
 * Search (`opportunity_search`, migration 0006) and `bid_facts` (0012) are derived from the bids and their stage
 * events, and kept true row by row by triggers, with a guard trigger per table that a uid is given (0022). For a
 * spreadsheet of thousands of bids those triggers are most of the import: about 0.15 ms a bid, where the bid
 * itself takes 0.01 ms. So a bulk insert sets them aside inside a transaction of its own (a savepoint of the
 * caller's), makes the new bids' derived rows in one statement each, and puts the triggers back exactly as they
 * were. A failure or a crash anywhere rolls the triggers' removal back with everything else.
 */

/**
 * Every trigger on a new bid or stage event, by name and by a fingerprint of its SQL as the migrations wrote it:
 * what the bulk path does in their place was written for exactly these. A migration that adds one, or makes one
 * again with another body (0006 did so to the search trigger), stops bulk inserts until this file does its work too.
 */
export const INSERT_TRIGGERS: Readonly<Record<string, string>> = {
  opportunities_uid_required_on_insert: '33059578a2cff20c',
  opportunities_search_insert: '1636a96f5fbdf2a7',
  bid_facts_bid_added: 'f5d3a6b32d9479a9',
  stage_events_uid_required_on_insert: '5695037b70793501',
  bid_facts_event_added: '1c0f2f0c04bee912',
};

export function triggerFingerprint(triggerSql: string): string {
  return createHash('sha256').update(triggerSql.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 16);
}

const TABLES = ['opportunities', 'stage_events'] as const;

/** From how many bids the triggers are set aside: below it, the schema change costs more than it saves. */
export const BULK_BIDS_FROM = 50;

interface TriggerRow {
  name: string;
  sql: string;
}

/** The insert triggers on bids and events, in the order they were made, refusing any this file does not replace. */
function insertTriggers(tx: Db): TriggerRow[] {
  const rows = tx.all<TriggerRow>(
    sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ${TABLES} ORDER BY rowid`,
  );
  const onInsert = rows.filter((row) => /\bINSERT\s+ON\b/i.test(row.sql));
  const unknown = onInsert.filter((row) => INSERT_TRIGGERS[row.name] !== triggerFingerprint(row.sql));
  if (unknown.length > 0) throw new Error(`Bulk insert of bids does not know the trigger(s) ${unknown.map((row) => row.name).join(', ')}`);
  return onInsert;
}

function lastId(tx: Db, table: (typeof TABLES)[number]): number {
  return tx.get<{ last: number }>(sql`SELECT coalesce(max(id), 0) AS last FROM ${sql.identifier(table)}`).last;
}

/** What the guard triggers would have refused: a new row without its uid. */
function refuseMissingUids(tx: Db, table: (typeof TABLES)[number], after: number): void {
  const missing = tx.get<{ missing: number }>(sql`SELECT count(*) AS missing FROM ${sql.identifier(table)} WHERE id > ${after} AND uid IS NULL`);
  if (missing.missing > 0) throw new Error(`NOT NULL constraint failed: ${table}.uid`);
}

/** The search entries of the bids after `after`, as `opportunities_search_insert` writes one. */
function indexForSearch(tx: Db, after: number): void {
  tx.run(sql`INSERT INTO opportunity_search(rowid, title, client, agency, recruiter, hiring_manager, notes, brief)
    SELECT o.id, o.title, coalesce(c.name, ''), coalesce(a.name, ''), coalesce(r.name, ''), coalesce(h.name, ''), o.notes, o.brief_text
    FROM opportunities o
    LEFT JOIN organisations c ON c.id = o.client_id
    LEFT JOIN organisations a ON a.id = o.agency_id
    LEFT JOIN contacts r ON r.id = o.recruiter_id
    LEFT JOIN contacts h ON h.id = o.hiring_manager_id
    WHERE o.id > ${after}`);
}

/**
 * The facts of the bids after `after`, summed from their events by the view the triggers' undo path uses, and from
 * their outcomes by the other when they have any (new bids seldom do, and looking costs a third of the statement).
 * The filters inside the subqueries reach the views' own tables, so only the new bids' rows are read.
 */
function summariseFacts(tx: Db, after: number): void {
  const withOutcomes = tx.get<{ any: number }>(sql`SELECT EXISTS (SELECT 1 FROM rejection_outcomes WHERE opportunity_id > ${after}) AS any`).any === 1;
  const outcome = withOutcomes
    ? sql`l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0), coalesce(l.reasons_outside, 0)`
    : sql`NULL, NULL, 0, 0`;
  const outcomes = withOutcomes ? sql`LEFT JOIN (SELECT * FROM bid_latest_outcome WHERE opportunity_id > ${after}) l ON l.opportunity_id = o.id` : sql``;
  tx.run(sql`INSERT INTO bid_facts (opportunity_id, agency_id, source, engagement, stage, created_at, stage_changed_at, brief_completeness,
      furthest, lead_signed, brief_signed, submitted_signed, shortlisted_signed, interview_signed, offer_signed,
      outcome_id, outcome_reached, reasons_mine, reasons_outside)
    SELECT o.id, o.agency_id, o.source, o.engagement, o.stage, o.created_at, o.stage_changed_at, o.brief_completeness,
      h.furthest, h.lead_signed, h.brief_signed, h.submitted_signed, h.shortlisted_signed, h.interview_signed, h.offer_signed,
      ${outcome}
    FROM opportunities o
    LEFT JOIN (SELECT * FROM bid_history WHERE opportunity_id > ${after}) h ON h.opportunity_id = o.id
    ${outcomes}
    WHERE o.id > ${after}`);
}

/**
 * Runs `work`, which only adds bids and their events, with the insert triggers set aside, then derives what they
 * would have; all in one write transaction, a savepoint of the caller's if there is one. Events added to bids that
 * existed before are not summed up here: `work` must not add any.
 */
export function addingBidsInBulk<T>(db: Db, work: () => T): T {
  return writeTransaction(db, (tx) => setTriggersAside(tx, work));
}

function setTriggersAside<T>(tx: Db, work: () => T): T {
  const triggers = insertTriggers(tx);
  const lastBid = lastId(tx, 'opportunities');
  const lastEvent = lastId(tx, 'stage_events');
  for (const trigger of triggers) tx.run(sql`DROP TRIGGER ${sql.identifier(trigger.name)}`);
  const result = work();
  refuseMissingUids(tx, 'opportunities', lastBid);
  refuseMissingUids(tx, 'stage_events', lastEvent);
  const strayEvent = tx.get<{ strays: number }>(sql`SELECT count(*) AS strays FROM stage_events WHERE id > ${lastEvent} AND opportunity_id <= ${lastBid}`);
  if (strayEvent.strays > 0) throw new Error('A bulk insert of bids added events to bids that were already stored');
  indexForSearch(tx, lastBid);
  summariseFacts(tx, lastBid);
  for (const trigger of triggers) tx.run(sql.raw(trigger.sql));
  return result;
}
