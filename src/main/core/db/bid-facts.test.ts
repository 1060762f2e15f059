import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGAGEMENTS, OPEN_STAGES, OUTCOME_STAGES, SOURCES, STAGES, WAITING_STAGES, type Stage } from '../../../shared/domain';
import { seededRandom } from '../fixtures/pipeline-generator';
import { parsedBid, parsedUpdate } from '../test-support/bid-input';
import { migrationsUpTo } from '../test-support/migrations';
import { parsedOutcome } from '../test-support/outcome-input';
import { tempApi, tempDatabase, TEST_NOW, type TempDatabase } from '../test-support/temp-database';

/**
 * `bid_facts` is kept by triggers (migration 0012). These tests work out what each row must hold from the tables
 * it summarises, in a way of their own (walking each bid's events in order), and compare.
 */

const HOUR = 3_600_000;
const rankOf = (stage: string | null) => (stage === null ? -1 : (OPEN_STAGES as readonly string[]).indexOf(stage));

interface EventRow {
  opportunity_id: number;
  to_stage: string;
  at: number;
}

/** Every bid's facts, worked out from the bids, their events, outcomes and reasons. */
function expectedFacts(sqlite: Database.Database) {
  const bids = sqlite
    .prepare('SELECT id, agency_id, source, engagement, stage, created_at, stage_changed_at, brief_completeness FROM opportunities ORDER BY id')
    .all() as { id: number; agency_id: number | null; source: string; engagement: string; stage: Stage; created_at: number; stage_changed_at: number; brief_completeness: number }[];
  const events = sqlite.prepare('SELECT opportunity_id, to_stage, at FROM stage_events ORDER BY opportunity_id, at, id').all() as EventRow[];
  const outcomes = sqlite.prepare('SELECT id, opportunity_id, stage_reached FROM rejection_outcomes ORDER BY id').all() as {
    id: number;
    opportunity_id: number;
    stage_reached: string;
  }[];
  const reasons = sqlite
    .prepare('SELECT orr.outcome_id, rr.control FROM outcome_reasons orr JOIN rejection_reasons rr ON rr.id = orr.reason_id')
    .all() as { outcome_id: number; control: 'mine' | 'outside' }[];

  return bids.map((bid) => {
    const own = events.filter((event) => event.opportunity_id === bid.id);
    const furthest = Math.max(-1, ...own.map((event) => rankOf(event.to_stage)));
    // A visit lasts from one event to the next; the last one is still going on.
    const stays = Object.fromEntries(WAITING_STAGES.map((stage) => [stage, null as number | null]));
    own.forEach((event, index) => {
      const next = own[index + 1];
      if (next && event.to_stage in stays) stays[event.to_stage] = (stays[event.to_stage] ?? 0) + (next.at - event.at);
    });
    const outcome = outcomes.filter((row) => row.opportunity_id === bid.id).at(-1);
    const ownReasons = reasons.filter((row) => row.outcome_id === outcome?.id);
    const outcomeReached = outcome && rankOf(outcome.stage_reached) >= 0 ? rankOf(outcome.stage_reached) : null;
    const lost = (OUTCOME_STAGES as readonly string[]).includes(bid.stage);
    return {
      opportunity_id: bid.id,
      agency_id: bid.agency_id,
      source: bid.source,
      engagement: bid.engagement,
      stage: bid.stage,
      created_at: bid.created_at,
      stage_changed_at: bid.stage_changed_at,
      brief_completeness: bid.brief_completeness,
      furthest: furthest === -1 ? null : furthest,
      ...Object.fromEntries(WAITING_STAGES.map((stage) => [`${stage}_ms`, stays[stage]])),
      outcome_id: outcome?.id ?? null,
      outcome_reached: outcomeReached,
      reasons_mine: ownReasons.filter((row) => row.control === 'mine').length,
      reasons_outside: ownReasons.filter((row) => row.control === 'outside').length,
      closed: bid.stage === 'won' ? 'won' : lost ? 'lost' : null,
      reached: lost ? (outcomeReached ?? (furthest === -1 ? null : furthest)) : null,
    };
  });
}

function storedFacts(sqlite: Database.Database) {
  const columns = [
    'opportunity_id', 'agency_id', 'source', 'engagement', 'stage', 'created_at', 'stage_changed_at', 'brief_completeness', 'furthest',
    ...WAITING_STAGES.map((stage) => `${stage}_ms`),
    'outcome_id', 'outcome_reached', 'reasons_mine', 'reasons_outside', 'closed', 'reached',
  ];
  return sqlite.prepare(`SELECT ${columns.join(', ')} FROM bid_facts ORDER BY opportunity_id`).all();
}

let setup: ReturnType<typeof tempApi> | undefined;
let temp: TempDatabase | undefined;
afterEach(() => {
  setup?.temp.remove();
  temp?.remove();
  setup = temp = undefined;
});

describe('bid_facts, the row Insights reads of each bid', () => {
  it('stays equal to what the bids, their moves, undos, edits, outcomes and deletions say, step after step', () => {
    setup = tempApi();
    const { api, clock, database } = setup;
    const { next: random, pick } = seededRandom(14);
    const { mine, outside } = api.listRejectionReasons({});
    const reasonIds = [...mine, ...outside].map((reason) => reason.id);
    const agencies = ['Blue Quay Interim', 'Équipe Finance', null];
    const bids: number[] = [];
    const lastMove = new Map<number, number>();
    const done = { created: 0, moved: 0, outcomes: 0, undone: 0, edited: 0, outcomesRedone: 0, deleted: 0 };

    for (let step = 0; step < 160; step += 1) {
      clock.advance(Math.floor(random() * 72) * HOUR + 1);
      const roll = random();
      const bidId = bids.length > 0 ? pick(bids) : null;
      const fields = () => ({
        agency: pick(agencies) === null ? null : { name: pick(agencies.filter((name) => name !== null)) as string },
        source: pick(SOURCES),
        engagement: pick(ENGAGEMENTS),
        briefChecklist: [
          { label: 'Scope and deliverables', done: random() < 0.5 },
          { label: 'Budget', done: random() < 0.5 },
        ],
      });
      if (bidId === null || roll < 0.2) {
        bids.push(api.createBid(parsedBid({ ...fields(), stage: pick(OPEN_STAGES) })).id);
        done.created += 1;
      } else if (roll < 0.6) {
        const current = api.getBid({ id: bidId }).stage;
        const to = pick(STAGES.filter((stage) => stage !== current));
        const moved = api.moveBid({ id: bidId, to });
        lastMove.set(bidId, moved.eventId);
        done.moved += 1;
        if ((OUTCOME_STAGES as readonly string[]).includes(to) && random() < 0.7) {
          const chosen = reasonIds.filter(() => random() < 0.2);
          api.saveOutcome(parsedOutcome(bidId, moved.eventId, { reasonIds: chosen, stageReached: pick(OPEN_STAGES) }));
          done.outcomes += 1;
        }
      } else if (roll < 0.72 && lastMove.has(bidId)) {
        api.undoMove({ eventId: lastMove.get(bidId) as number });
        lastMove.delete(bidId);
        done.undone += 1;
      } else if (roll < 0.84) {
        api.updateBid(parsedUpdate(bidId, fields()));
        done.edited += 1;
      } else if (roll < 0.92) {
        // A lost bid's outcome filled in again later, with other reasons and stage.
        const closed = bids.map((id) => ({ id, closing: api.getOutcome({ bidId: id }).closing })).filter((bid) => bid.closing?.current);
        if (closed.length > 0) {
          const { id, closing } = pick(closed);
          const chosen = reasonIds.filter(() => random() < 0.3);
          api.saveOutcome(parsedOutcome(id, closing!.eventId, { reasonIds: chosen, stageReached: pick(OPEN_STAGES) }));
          done.outcomesRedone += 1;
        }
      } else if (roll >= 0.95) {
        api.deleteBid({ id: bidId });
        bids.splice(bids.indexOf(bidId), 1);
        lastMove.delete(bidId);
        done.deleted += 1;
      }
      expect(storedFacts(database.sqlite), `after step ${step}`).toEqual(expectedFacts(database.sqlite));
    }
    // The walk did each kind of change a few times.
    for (const [kind, times] of Object.entries(done)) expect(times, kind).toBeGreaterThanOrEqual(3);
  });

  it('is filled in for every bid stored before it existed, when the database is upgraded', () => {
    temp = tempDatabase();
    const previous = temp.open(migrationsUpTo(temp.dir, '0010_interviews_awaiting_self_index'));
    const sqlite = previous.sqlite;
    const bid = sqlite.prepare(
      `INSERT INTO opportunities (id, title, source, engagement, stage, brief_checklist, brief_completeness, stage_changed_at, created_at, updated_at)
       VALUES (?, ?, 'agency', ?, ?, '[]', ?, ?, ?, ?)`,
    );
    bid.run(1, 'Interim CFO', 'interim', 'rejected', 50, TEST_NOW + 5 * HOUR, TEST_NOW, TEST_NOW);
    bid.run(2, 'Programme Director', 'contract', 'submitted', 0, TEST_NOW + 9 * HOUR, TEST_NOW, TEST_NOW);
    bid.run(3, 'Head of Finance', 'interim', 'won', 100, TEST_NOW + 2 * HOUR, TEST_NOW, TEST_NOW);
    const event = sqlite.prepare('INSERT INTO stage_events (id, opportunity_id, from_stage, to_stage, at) VALUES (?, ?, ?, ?, ?)');
    event.run(1, 1, null, 'lead', TEST_NOW);
    event.run(2, 1, 'lead', 'interview', TEST_NOW + 2 * HOUR);
    event.run(3, 1, 'interview', 'rejected', TEST_NOW + 5 * HOUR);
    event.run(4, 2, null, 'lead', TEST_NOW);
    event.run(5, 2, 'lead', 'submitted', TEST_NOW + HOUR);
    event.run(6, 2, 'submitted', 'lead', TEST_NOW + 4 * HOUR);
    event.run(7, 2, 'lead', 'submitted', TEST_NOW + 9 * HOUR);
    event.run(8, 3, null, 'offer', TEST_NOW);
    event.run(9, 3, 'offer', 'won', TEST_NOW + 2 * HOUR);
    sqlite
      .prepare(
        `INSERT INTO rejection_outcomes (id, opportunity_id, closing_event_id, closed_as, stage_reached, closed_on, created_at, updated_at)
         VALUES (1, 1, 3, 'rejected', 'shortlisted', '2026-03-02', ?, ?)`,
      )
      .run(TEST_NOW, TEST_NOW);
    sqlite.prepare('INSERT INTO outcome_reasons (outcome_id, reason_id) SELECT 1, id FROM rejection_reasons WHERE code IN (?, ?, ?)').run('preparation', 'rate', 'internal_hire');
    previous.close();

    const upgraded = temp.open();
    const facts = storedFacts(upgraded.sqlite);
    expect(facts).toEqual(expectedFacts(upgraded.sqlite));
    // Spelled out for one bid of each kind, so that the comparison above is not checking a mistake against itself.
    expect(facts[0]).toMatchObject({ furthest: 4, lead_ms: 2 * HOUR, interview_ms: 3 * HOUR, closed: 'lost', outcome_reached: 3, reached: 3, reasons_mine: 2, reasons_outside: 1 });
    expect(facts[1]).toMatchObject({ furthest: 2, lead_ms: 6 * HOUR, submitted_ms: 3 * HOUR, closed: null, reached: null });
    expect(facts[2]).toMatchObject({ furthest: 6, offer_ms: 2 * HOUR, closed: 'won', outcome_id: null, reasons_mine: 0 });
  });

  it('looks up only the events and outcomes of the bid that changed, through their indexes', () => {
    setup = tempApi();
    const plan = (query: string) =>
      (setup?.database.sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(7) as { detail: string }[]).map((row) => row.detail).join(' | ');
    expect(plan('SELECT * FROM bid_history WHERE opportunity_id = ?')).toContain('SEARCH e USING INDEX stage_events_opportunity_idx (opportunity_id=?)');
    expect(plan('SELECT * FROM bid_latest_outcome WHERE opportunity_id = ?')).toMatch(/SEARCH latest USING COVERING INDEX rejection_outcomes_opportunity_idx \(opportunity_id=\?\)/);
    expect(plan('SELECT * FROM bid_latest_outcome WHERE opportunity_id = ?')).not.toMatch(/SCAN r\b/);
  });
});
