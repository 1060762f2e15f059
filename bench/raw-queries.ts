/**
 * The board query, the text search and the stage move written by hand as better-sqlite3 statements, prepared once: the floor the
 * drizzle services in src/main/core are compared against. They return the same objects as the API (same card
 * shape, same lane order, same errors for a missing bid or a move to the current stage).
 */
import type Database from 'better-sqlite3';
import { newRecordUid } from '../src/main/core/db/record-id';
import { daysSince } from '../src/main/core/services/board/cards';
import { toFtsQuery } from '../src/main/core/services/board/search-query';
import { CLOSED_STAGES, OPEN_STAGES, STAGES, type Priority, type RateUnit, type Stage } from '../src/shared/domain';
import type { BidCard, Board, MoveResult } from '../src/shared/schemas';

interface CardRow {
  id: number;
  title: string;
  clientName: string | null;
  agencyName: string | null;
  rateMinor: number | null;
  rateCurrency: string | null;
  rateUnit: RateUnit | null;
  stage: Stage;
  priority: number;
  stageChangedAt: number;
  briefCompleteness: number;
  archivedAt: number | null;
  interviewToAssess: number | null;
}

const CARD_COLUMNS = `
  o.id AS id, o.title AS title, client.name AS clientName, agency.name AS agencyName,
  o.rate_minor AS rateMinor, o.rate_currency AS rateCurrency, o.rate_unit AS rateUnit,
  o.stage AS stage, o.priority AS priority, o.stage_changed_at AS stageChangedAt,
  o.brief_completeness AS briefCompleteness, o.archived_at AS archivedAt,
  (SELECT i.id FROM interviews i WHERE i.opportunity_id = o.id AND i.starts_at <= @now AND i.self_rating IS NULL
   ORDER BY i.starts_at LIMIT 1) AS interviewToAssess
FROM opportunities o
LEFT JOIN organisations client ON client.id = o.client_id
LEFT JOIN organisations agency ON agency.id = o.agency_id`;

export function toRawCard(row: CardRow, now: number): BidCard {
  return {
    id: row.id,
    title: row.title,
    clientName: row.clientName,
    agencyName: row.agencyName,
    rate:
      row.rateMinor === null || row.rateCurrency === null || row.rateUnit === null
        ? null
        : { amount: row.rateMinor / 100, currency: row.rateCurrency, unit: row.rateUnit },
    stage: row.stage,
    priority: row.priority as Priority,
    stageChangedAt: row.stageChangedAt,
    daysInStage: daysSince(row.stageChangedAt, now),
    briefCompleteness: row.briefCompleteness,
    archived: row.archivedAt !== null,
    interviewToAssess: row.interviewToAssess,
  };
}

export class RawError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'CONFLICT',
    message: string,
  ) {
    super(message);
  }
}

export interface RawQueries {
  /** The unfiltered board: every lane's count and the first `pageSize` cards of each open lane that has bids. */
  getBoard(now: number, pageSize: number): Board;
  /**
   * The board filtered by a text search: the FTS match once into a temp table of hits, then every lane's count
   * and the first page of each open lane among the hits, in one read transaction.
   */
  searchBoard(now: number, text: string, pageSize: number): Board;
  /** Moves a bid and records the stage event in one transaction; returns the moved card and the event id. */
  moveBid(now: number, id: number, to: Stage, note?: string): MoveResult;
}

export function createRawQueries(sqlite: Database.Database): RawQueries {
  const laneCounts = sqlite.prepare<[], { stage: Stage; count: number }>(
    'SELECT stage, count(*) AS count FROM opportunities WHERE archived_at IS NULL GROUP BY stage',
  );
  const lanePage = sqlite.prepare<[Stage, number, { now: number }], CardRow>(
    `SELECT ${CARD_COLUMNS}
     WHERE o.stage = ? AND o.archived_at IS NULL
     ORDER BY o.priority DESC, o.stage_changed_at DESC, o.id DESC
     LIMIT ?`,
  );
  const anyBid = sqlite.prepare<[], { id: number }>('SELECT id FROM opportunities LIMIT 1');

  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS raw_search_hits (id INTEGER PRIMARY KEY)');
  const clearHits = sqlite.prepare('DELETE FROM raw_search_hits');
  const fillHits = sqlite.prepare<[string]>('INSERT INTO raw_search_hits SELECT rowid FROM opportunity_search WHERE opportunity_search MATCH ?');
  const hitCounts = sqlite.prepare<[], { stage: Stage; count: number }>(
    'SELECT stage, count(*) AS count FROM opportunities WHERE archived_at IS NULL AND +id IN raw_search_hits GROUP BY stage',
  );
  const hitPage = sqlite.prepare<[Stage, number, { now: number }], CardRow>(
    `SELECT ${CARD_COLUMNS}
     WHERE o.stage = ? AND o.archived_at IS NULL AND +o.id IN raw_search_hits
     ORDER BY o.priority DESC, o.stage_changed_at DESC, o.id DESC
     LIMIT ?`,
  );

  const currentStage = sqlite.prepare<[number], { stage: Stage }>('SELECT stage FROM opportunities WHERE id = ?');
  const updateStage = sqlite.prepare<[Stage, number, number, number]>(
    'UPDATE opportunities SET stage = ?, stage_changed_at = ?, updated_at = ? WHERE id = ?',
  );
  const insertEvent = sqlite.prepare<[string, number, Stage, Stage, number, string | null], { id: number }>(
    'INSERT INTO stage_events (uid, opportunity_id, from_stage, to_stage, at, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const cardById = sqlite.prepare<[number, { now: number }], CardRow>(`SELECT ${CARD_COLUMNS} WHERE o.id = ?`);

  const closed = new Set<Stage>(CLOSED_STAGES);
  const open = new Set<Stage>(OPEN_STAGES);

  const move = sqlite.transaction((now: number, id: number, to: Stage, note: string | undefined): MoveResult => {
    const current = currentStage.get(id);
    if (!current) throw new RawError('NOT_FOUND', `Bid ${id} not found`);
    if (current.stage === to) throw new RawError('CONFLICT', `This bid is already in ${to}.`);
    updateStage.run(to, now, now, id);
    const event = insertEvent.get(newRecordUid(now), id, current.stage, to, now, note?.trim() || null);
    const card = cardById.get(id, { now });
    if (!event || !card) throw new RawError('NOT_FOUND', `Bid ${id} not found`);
    return { bid: toRawCard(card, now), eventId: event.id };
  });

  /** Every lane's count and the first page of each open lane, from the given statements. */
  function boardOf(now: number, countRows: { stage: Stage; count: number }[], page: (stage: Stage) => CardRow[]): Board {
    const counts = new Map<Stage, number>();
    for (const row of countRows) counts.set(row.stage, row.count);
    let totalMatching = 0;
    const columns = STAGES.map((stage) => {
      const count = counts.get(stage) ?? 0;
      totalMatching += count;
      const cards = count > 0 && open.has(stage) && !closed.has(stage) ? page(stage).map((row) => toRawCard(row, now)) : [];
      return { stage, count, cards };
    });
    return { columns, totalMatching, hasAnyBids: totalMatching > 0 || anyBid.get() !== undefined };
  }

  const search = sqlite.transaction((now: number, match: string, pageSize: number): Board => {
    clearHits.run();
    fillHits.run(match);
    return boardOf(now, hitCounts.all(), (stage) => hitPage.all(stage, pageSize, { now }));
  });

  return {
    getBoard: (now, pageSize) => boardOf(now, laneCounts.all(), (stage) => lanePage.all(stage, pageSize, { now })),
    searchBoard(now, text, pageSize) {
      const match = toFtsQuery(text);
      if (!match) throw new Error(`"${text}" has no word to search for`);
      return search(now, match, pageSize);
    },
    // IMMEDIATE, as the service's writes begin (so that a second host waits instead of failing).
    moveBid: (now, id, to, note) => move.immediate(now, id, to, note),
  };
}
