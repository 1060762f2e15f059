import { and, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { CLOSED_STAGES, isClosedStage, STAGES, type Stage } from '../../../../shared/domain';
import { matchKey } from '../../../../shared/match-key';
import type { ApiOutput, ApiParsedInput } from '../../../../shared/contract';
import type { BoardFilters } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { readTransaction } from '../../db/transactions';
import { opportunities, opportunityTags } from '../../db/schema';
import { CREATE_SEARCH_HITS, opportunitySearch, searchHits } from '../../db/search-tables';
import { selectCards, toCards } from './cards';
import { toFtsQuery } from './search-query';

type Params = Record<string, unknown>;

/**
 * Which filters are set. The SQL text depends on this alone: values are bound, and a list of agencies or tags
 * is bound as one JSON array (read with `json_each`), so that two agencies or twenty use the same statement.
 * Statements are built and prepared once per shape (at most 64) instead of on every call: that halves the cost
 * of showing the board.
 */
function shapeOf(filters: BoardFilters, searching: boolean): string {
  const { direct, ids } = agencyChoice(filters.agencies ?? []);
  const agency = direct && ids ? 'b' : direct ? 'd' : ids ? 'a' : '-';
  return `${filters.archived ? 'A' : 'L'}${agency}${filters.engagement ? 'e' : '-'}${filters.tags?.length ? 't' : '-'}${searching ? 's' : '-'}`;
}

/** The bound values of a list filter: one JSON array, matched with `IN (SELECT value FROM json_each(...))`. */
const inList = (name: string) => sql`(SELECT value FROM json_each(${sql.placeholder(name)}))`;

/**
 * What an agency filter asks for: direct bids, bids of named agencies, or both. The statement's shape and its
 * condition both follow from this, so they cannot disagree about which prepared statement fits.
 */
function agencyChoice(agencies: readonly (number | 'direct')[]): { direct: boolean; ids: boolean } {
  return { direct: agencies.includes('direct'), ids: agencies.some((agency) => agency !== 'direct') };
}

/** Bids of any of the chosen agencies, or with none when "direct" is among them. */
function agencyCondition(agencies: readonly (number | 'direct')[]): SQL | undefined {
  const { direct, ids } = agencyChoice(agencies);
  if (direct && ids) return or(isNull(opportunities.agencyId), sql`${opportunities.agencyId} IN ${inList('agencies')}`);
  if (direct) return isNull(opportunities.agencyId);
  if (ids) return sql`${opportunities.agencyId} IN ${inList('agencies')}`;
  return undefined;
}

/**
 * The WHERE clause for every filter but the stage one, which picks lanes rather than bids. A text search reads
 * the ids matched once per call from `searchHits`; the `+` keeps SQLite walking the lane indexes (in lane order
 * for pages) and probing the hits: for common words, where a search is slowest, that beat looking up each hit.
 */
function filterCondition(filters: BoardFilters, searching: boolean): SQL | undefined {
  const conditions: (SQL | undefined)[] = [filters.archived ? isNotNull(opportunities.archivedAt) : isNull(opportunities.archivedAt)];
  conditions.push(agencyCondition(filters.agencies ?? []));
  if (filters.engagement) conditions.push(eq(opportunities.engagement, sql.placeholder('engagement')));
  if (filters.tags?.length) {
    conditions.push(
      sql`${opportunities.id} IN (SELECT ${opportunityTags.opportunityId} FROM ${opportunityTags} WHERE ${opportunityTags.tagKey} IN ${inList('tags')})`,
    );
  }
  if (searching) conditions.push(sql`+${opportunities.id} IN ${searchHits}`);
  return and(...conditions);
}

function paramsOf(filters: BoardFilters): Params {
  const params: Params = {};
  const agencyIds = filters.agencies?.filter((agency) => agency !== 'direct') ?? [];
  if (agencyIds.length > 0) params.agencies = JSON.stringify(agencyIds);
  if (filters.engagement) params.engagement = filters.engagement;
  if (filters.tags?.length) params.tags = JSON.stringify(filters.tags.map(matchKey));
  return params;
}

/** Closed lanes stay folded (count only) unless the user asked for them or is looking at the archive. */
function loadsCards(stage: Stage, filters: BoardFilters): boolean {
  return !(CLOSED_STAGES as readonly Stage[]).includes(stage) || Boolean(filters.archived) || Boolean(filters.stages?.includes(stage));
}

export interface BoardQueries {
  getBoard(now: number, input: ApiParsedInput<'getBoard'>): ApiOutput<'getBoard'>;
  getColumnPage(now: number, input: ApiParsedInput<'getColumnPage'>): ApiOutput<'getColumnPage'>;
}

export function createBoardQueries(db: Db): BoardQueries {
  // Open lanes put the most pressing bids first; a closed lane is history, read newest first.
  const openLaneOrder = [desc(opportunities.priority), desc(opportunities.stageChangedAt), desc(opportunities.id)];
  const closedLaneOrder = [desc(opportunities.stageChangedAt), desc(opportunities.id)];

  function build(filters: BoardFilters, searching: boolean) {
    const where = filterCondition(filters, searching);
    const inLane = and(eq(opportunities.stage, sql.placeholder('stage')), where);
    const lanePage = (order: SQL[]) =>
      selectCards(db).where(inLane).orderBy(...order).limit(sql.placeholder('limit')).offset(sql.placeholder('offset')).prepare();
    return {
      counts: db.select({ stage: opportunities.stage, count: count() }).from(opportunities).where(where).groupBy(opportunities.stage).prepare(),
      laneCount: db.select({ count: count() }).from(opportunities).where(inLane).prepare(),
      openLanePage: lanePage(openLaneOrder),
      closedLanePage: lanePage(closedLaneOrder),
    };
  }
  /** The statement that reads a page of `stage`'s lane in that lane's order. */
  function lanePageOf(statements: ReturnType<typeof build>, stage: Stage) {
    return isClosedStage(stage) ? statements.closedLanePage : statements.openLanePage;
  }
  const byShape = new Map<string, ReturnType<typeof build>>();
  function statementsFor(filters: BoardFilters, searching: boolean) {
    const shape = shapeOf(filters, searching);
    let statements = byShape.get(shape);
    if (!statements) {
      statements = build(filters, searching);
      byShape.set(shape, statements);
    }
    return statements;
  }

  // A per-connection scratch table: the text match runs once per call, not once in each lane's statement.
  db.run(sql.raw(CREATE_SEARCH_HITS));
  const clearHits = db.delete(searchHits).prepare();
  const fillHits = db
    .insert(searchHits)
    .select(
      db
        .select({ id: opportunitySearch.rowid })
        .from(opportunitySearch)
        .where(sql`${opportunitySearch} MATCH ${sql.placeholder('match')}`),
    )
    .prepare();
  const anyBid = db.select({ id: opportunities.id }).from(opportunities).limit(1).prepare();

  /** Runs `read` in one read transaction, with the search hits in place when there is a search. */
  function withSearch<T>(filters: BoardFilters, read: (searching: boolean) => T): T {
    const match = filters.text ? toFtsQuery(filters.text) : null;
    if (!match) return read(false);
    return readTransaction(db, () => {
      clearHits.run();
      fillHits.run({ match });
      return read(true);
    });
  }

  return {
    getBoard(now, { filters, pageSize }) {
      return withSearch(filters, (searching) => {
        const statements = statementsFor(filters, searching);
        const params = paramsOf(filters);
        const counts = new Map(statements.counts.all(params).map((row) => [row.stage, row.count]));
        const visible = filters.stages?.length ? STAGES.filter((stage) => filters.stages?.includes(stage)) : STAGES;
        const columns = visible.map((stage) => {
          const laneCount = counts.get(stage) ?? 0;
          const cards =
            laneCount > 0 && loadsCards(stage, filters)
              ? toCards(lanePageOf(statements, stage).values({ ...params, stage, limit: pageSize, offset: 0, now }), now)
              : [];
          return { stage, count: laneCount, cards };
        });
        const totalMatching = columns.reduce((sum, column) => sum + column.count, 0);
        return { columns, totalMatching, hasAnyBids: totalMatching > 0 || anyBid.get() !== undefined };
      });
    },

    getColumnPage(now, { stage, filters, offset, limit }) {
      return withSearch(filters, (searching) => {
        const statements = statementsFor(filters, searching);
        const params = { ...paramsOf(filters), stage };
        const laneCount = statements.laneCount.get(params)?.count ?? 0;
        const cards = laneCount > offset ? toCards(lanePageOf(statements, stage).values({ ...params, limit, offset, now }), now) : [];
        return { cards, count: laneCount };
      });
    },
  };
}
