import { eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Priority, RateUnit } from '../../../../shared/domain';
import type { BidCard } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { opportunities, organisations } from '../../db/schema';
import { interviewToAssessSql } from '../interviews/awaiting';

export const clientOrg = alias(organisations, 'client');
export const agencyOrg = alias(organisations, 'agency');

/**
 * The columns a board card needs, with its organisations' names. Integers and plain text only: none needs decoding.
 * Statements that select them take the clock's `now` as a placeholder, for the interview prompt.
 */
const cardColumns = {
  id: opportunities.id,
  title: opportunities.title,
  clientName: clientOrg.name,
  agencyName: agencyOrg.name,
  rateMinor: opportunities.rateMinor,
  rateCurrency: opportunities.rateCurrency,
  rateUnit: opportunities.rateUnit,
  stage: opportunities.stage,
  priority: opportunities.priority,
  stageChangedAt: opportunities.stageChangedAt,
  briefCompleteness: opportunities.briefCompleteness,
  archivedAt: opportunities.archivedAt,
  interviewToAssess: interviewToAssessSql(sql.placeholder('now')),
};

/** Selects `cardColumns`; read its prepared statements with `.values()` and turn them into cards with `toCards`. */
export function selectCards(db: Db) {
  return db
    .select(cardColumns)
    .from(opportunities)
    .leftJoin(clientOrg, eq(clientOrg.id, opportunities.clientId))
    .leftJoin(agencyOrg, eq(agencyOrg.id, opportunities.agencyId));
}

type CardRow = Awaited<ReturnType<ReturnType<typeof selectCards>['all']>>[number];

/** Drizzle returns `values()` in the order the columns were declared, which is this order. */
const CARD_ROW_KEYS = Object.keys(cardColumns) as (keyof CardRow)[];

export function toRate(minor: number | null, currency: string | null, unit: RateUnit | null): BidCard['rate'] {
  if (minor === null || currency === null || unit === null) return null;
  return { amount: minor / 100, currency, unit };
}

const DAY_MS = 86_400_000;

/**
 * Whole calendar days from `at` to `now` in local time: what date-fns' differenceInCalendarDays computes
 * (local midnights, rounded so that a 23- or 25-hour DST day still counts as one). Written out because it runs
 * for every card on the board and the library's general version took a fifth of the board query's time.
 */
export function daysSince(at: number, now: number): number {
  const then = new Date(at);
  then.setHours(0, 0, 0, 0);
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  return Math.max(0, Math.round((today.getTime() - then.getTime()) / DAY_MS));
}

function toCard(row: CardRow, now: number): BidCard {
  return {
    id: row.id,
    title: row.title,
    clientName: row.clientName,
    agencyName: row.agencyName,
    rate: toRate(row.rateMinor, row.rateCurrency, row.rateUnit),
    stage: row.stage,
    priority: row.priority as Priority,
    stageChangedAt: row.stageChangedAt,
    daysInStage: daysSince(row.stageChangedAt, now),
    briefCompleteness: row.briefCompleteness,
    archived: row.archivedAt !== null,
    interviewToAssess: row.interviewToAssess,
  };
}

/**
 * The rows of a `selectCards` statement read with `.values()`, keyed as `.all()` would key them. Drizzle's
 * `.all()` maps each row through every column's decoder and a join's null checks, which took a quarter of a
 * search's time for 350 cards; these columns need no decoding, so each value goes straight to its name.
 */
export function cardRowsOf(values: unknown[][]): CardRow[] {
  return values.map((value) => {
    const row: Record<string, unknown> = {};
    CARD_ROW_KEYS.forEach((key, index) => {
      row[key] = value[index];
    });
    return row as CardRow;
  });
}

export function toCards(values: unknown[][], now: number): BidCard[] {
  return cardRowsOf(values).map((row) => toCard(row, now));
}
