import { STAGES, type Stage } from '../../../shared/domain';
import type { StintDatabase } from '../db/open';
import { bidInput } from '../test-support/bid-input';
import { call } from '../test-support/call';
import type { Workload } from './workload';

/** A bid created (its id known once the call returned) or moved, as the child reports it. */
export type StageWrite = { op: 'create'; title: string; stage: Stage; id: number | null } | { op: 'move'; id: number; to: Stage };

/** About one write in three creates a bid; the rest move one, as a user working the board mostly does. */
const CREATE_SHARE = 1 / 3;

/**
 * The board's writes: create bids and move bids between stages, through the API as a host calls it. Each run
 * starts from what the board shows, so it moves bids earlier runs created as well as its own.
 */
export const stageMoves: Workload<StageWrite> = {
  name: 'stage-moves',

  run(api, log, { random, run, keepGoing }) {
    const stageOf = new Map<number, Stage>();
    for (const column of call(api, 'getBoard', { filters: {} }).columns) {
      for (const card of column.cards) stageOf.set(card.id, card.stage);
    }
    const ids = [...stageOf.keys()];
    for (let index = 0; keepGoing(); index += 1) {
      if (ids.length === 0 || random.next() < CREATE_SHARE) {
        const create = { op: 'create', title: `Crash run ${run} bid ${index}`, stage: random.pick(STAGES), id: null } as const;
        log.begin(create);
        const bid = call(api, 'createBid', bidInput({ title: create.title, stage: create.stage }));
        stageOf.set(bid.id, bid.stage);
        ids.push(bid.id);
        log.committed({ ...create, id: bid.id });
      } else {
        const id = random.pick(ids);
        const move = { op: 'move', id, to: random.pick(STAGES.filter((stage) => stage !== stageOf.get(id))) } as const;
        log.begin(move);
        call(api, 'moveBid', { id: move.id, to: move.to });
        stageOf.set(id, move.to);
        log.committed(move);
      }
    }
  },

  checker() {
    /** Every bid any run created, in the stage it was last reported in. */
    const expected = new Map<number, Stage>();
    return {
      check(database, { committed, inFlight }) {
        for (const write of committed) {
          if (write.op === 'move') expected.set(write.id, write.to);
          else if (write.id !== null) expected.set(write.id, write.stage);
        }
        const stored = new Map(database.sqlite.prepare('SELECT id, stage FROM opportunities').raw().all() as [number, Stage][]);
        const problems: string[] = [];
        for (const [id, stage] of expected) {
          const actual = stored.get(id);
          // The move in flight may have committed or not; either is a whole state.
          const inFlightMove = inFlight?.op === 'move' && inFlight.id === id && actual === inFlight.to;
          if (actual === stage || inFlightMove) continue;
          problems.push(actual === undefined ? `Bid ${id}, reported in ${stage}, is missing` : `Bid ${id} is in ${actual}, but was reported in ${stage}`);
        }
        // The write in flight is settled now, one way or the other, and later runs build on what was stored.
        let inFlightStored: boolean | null = null;
        if (inFlight?.op === 'move') {
          inFlightStored = stored.get(inFlight.id) === inFlight.to;
          if (inFlightStored) expected.set(inFlight.id, inFlight.to);
        } else if (inFlight?.op === 'create') {
          const created = database.sqlite.prepare('SELECT id, stage FROM opportunities WHERE title = ?').get(inFlight.title) as { id: number; stage: Stage } | undefined;
          inFlightStored = created !== undefined;
          if (created) expected.set(created.id, created.stage);
        }
        for (const id of stored.keys()) if (!expected.has(id)) problems.push(`Bid ${id} is stored, but no run began creating it`);
        return { problems: [...problems, ...halfDoneMoves(database)], inFlightStored };
      },
    };
  },
};

/**
 * Moves stored in part: a bid whose stage is not where its latest stage event went, or an event that does not
 * start where the bid's previous one ended. A move writes both or neither.
 */
function halfDoneMoves(database: StintDatabase): string[] {
  const chained = `
    WITH chained AS (
      SELECT opportunity_id, id, from_stage, to_stage,
             lag(to_stage) OVER (PARTITION BY opportunity_id ORDER BY id) AS previous_to,
             row_number() OVER (PARTITION BY opportunity_id ORDER BY id DESC) AS newest_first
      FROM stage_events
    )`;
  const unrecorded = database.sqlite
    .prepare(`${chained} SELECT o.id, o.stage FROM opportunities o LEFT JOIN chained c ON c.opportunity_id = o.id AND c.newest_first = 1 WHERE c.to_stage IS NOT o.stage`)
    .all() as { id: number; stage: Stage }[];
  const unchained = database.sqlite
    .prepare(`${chained} SELECT opportunity_id AS id, from_stage AS "from", previous_to AS previous FROM chained WHERE from_stage IS NOT previous_to`)
    .all() as { id: number; from: Stage | null; previous: Stage | null }[];
  return [
    ...unrecorded.map((bid) => `Bid ${bid.id} is in ${bid.stage}, but its latest stage event does not go there`),
    ...unchained.map((event) => `Bid ${event.id} has a stage event from ${event.from}, though its previous one went to ${event.previous}`),
  ];
}
