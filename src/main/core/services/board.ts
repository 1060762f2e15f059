import { and, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { CLOSED_STAGES, STAGES, type Stage } from '../../../shared/domain';
import type { ApiOutput, ApiParsedInput } from '../../../shared/contract';
import type { BoardFilters } from '../../../shared/schemas';
import type { Db } from '../db/open';
import { opportunities, opportunityTags } from '../db/schema';
import { selectCards, toCard } from './cards';
import { toFtsQuery } from './search-query';

/** The WHERE clause for every filter except the stage one, which picks lanes rather than bids. */
export function filterCondition(filters: BoardFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [
    filters.archived ? isNotNull(opportunities.archivedAt) : isNull(opportunities.archivedAt),
  ];
  if (filters.agency === 'direct') conditions.push(isNull(opportunities.agencyId));
  else if (filters.agency !== undefined) conditions.push(eq(opportunities.agencyId, filters.agency));
  if (filters.engagement) conditions.push(eq(opportunities.engagement, filters.engagement));
  if (filters.tag) {
    conditions.push(
      sql`${opportunities.id} IN (SELECT ${opportunityTags.opportunityId} FROM ${opportunityTags} WHERE ${opportunityTags.tag} = ${filters.tag.toLowerCase()})`,
    );
  }
  const match = filters.text ? toFtsQuery(filters.text) : null;
  if (match) conditions.push(sql`${opportunities.id} IN (SELECT rowid FROM opportunity_search WHERE opportunity_search MATCH ${match})`);
  return and(...conditions);
}

function pageOfLane(db: Db, stage: Stage, where: SQL | undefined, offset: number, limit: number, now: number) {
  return selectCards(db)
    .where(and(eq(opportunities.stage, stage), where))
    .orderBy(desc(opportunities.priority), desc(opportunities.stageChangedAt), desc(opportunities.id))
    .limit(limit)
    .offset(offset)
    .all()
    .map((row) => toCard(row, now));
}

/** Closed lanes stay collapsed (count only) unless the user asked for them or is looking at the archive. */
function lanesWithCards(filters: BoardFilters): (stage: Stage) => boolean {
  const closed = new Set<Stage>(CLOSED_STAGES);
  return (stage) => !closed.has(stage) || Boolean(filters.archived) || Boolean(filters.stages?.includes(stage));
}

export function getBoard(db: Db, now: number, input: ApiParsedInput<'getBoard'>): ApiOutput<'getBoard'> {
  const { filters, pageSize } = input;
  const where = filterCondition(filters);
  const counts = new Map(
    db
      .select({ stage: opportunities.stage, count: count() })
      .from(opportunities)
      .where(where)
      .groupBy(opportunities.stage)
      .all()
      .map((row) => [row.stage, row.count]),
  );
  const visible = filters.stages?.length ? STAGES.filter((stage) => filters.stages?.includes(stage)) : STAGES;
  const loadCards = lanesWithCards(filters);
  const columns = visible.map((stage) => {
    const laneCount = counts.get(stage) ?? 0;
    const cards = laneCount > 0 && loadCards(stage) ? pageOfLane(db, stage, where, 0, pageSize, now) : [];
    return { stage, count: laneCount, cards };
  });
  const totalMatching = columns.reduce((sum, column) => sum + column.count, 0);
  const hasAnyBids = totalMatching > 0 || db.select({ id: opportunities.id }).from(opportunities).limit(1).get() !== undefined;
  return { columns, totalMatching, hasAnyBids };
}

export function getColumnPage(db: Db, now: number, input: ApiParsedInput<'getColumnPage'>): ApiOutput<'getColumnPage'> {
  const where = filterCondition(input.filters);
  const laneCount =
    db
      .select({ count: count() })
      .from(opportunities)
      .where(and(eq(opportunities.stage, input.stage), where))
      .get()?.count ?? 0;
  const cards = laneCount > input.offset ? pageOfLane(db, input.stage, where, input.offset, input.limit, now) : [];
  return { cards, count: laneCount };
}
