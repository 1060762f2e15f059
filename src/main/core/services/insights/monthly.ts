/** Chart 5: month by month, the bids added, lost and won (a loss or a win in the month the bid closed). */
import { sql, type SQL } from 'drizzle-orm';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareScopedRows } from './prepared';
import { localTimeOn } from '../contracts/calendar-days';
import type { Scope } from './scope';
import { sufficiency } from './sufficiency';

type Month = Insights['monthly']['months'][number];

/** `YYYY-MM` of an instant, in local time. */
export function monthOf(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}

/** Local midnight at the start of month `YYYY-MM`, and at the start of the next: the month's bounds. */
export function monthBounds(key: string): { start: number; end: number } {
  const start = localTimeOn(`${key}-01`);
  const date = new Date(start);
  return { start, end: new Date(date.getFullYear(), date.getMonth() + 1, 1).getTime() };
}

/** Every `YYYY-MM` from `first` to `last`, so that quiet months show as empty rather than disappear. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, '0')}`;
  }
  return months;
}

/** Made once: `toLocaleString` builds a formatter on every call, a third of a millisecond each. */
const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' });

export function monthName(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return MONTH_NAME.format(new Date(year, month - 1, 1));
}

/** An instant between a month's bounds, each month a row `m` of the JSON list bound as `months`. */
const inMonth = (column: 'created_at' | 'stage_changed_at') =>
  sql.raw(`s.${column} >= m.value ->> '$.start' AND s.${column} < m.value ->> '$.end'`);

/** The latest instant a bid in scope closed as `closed`, read at the end of an index. */
const lastClosed = (closed: 'won' | 'lost', inScope: SQL) =>
  sql`(SELECT s.stage_changed_at FROM bid_facts s INDEXED BY bid_facts_closed_at_idx WHERE s.closed = ${sql.raw(`'${closed}'`)} AND ${inScope}
    ORDER BY s.stage_changed_at DESC LIMIT 1)`;

export function createMonthlyChart(db: Db): (scope: Scope) => Insights['monthly'] {
  // The months the chart covers: from the first bid added to the last bid added or closed.
  const span = prepareScopedRows<{ first: number | null; last: number | null }>(
    db,
    ['first', 'last'],
    (inScope) => sql`SELECT (SELECT s.created_at FROM bid_facts s INDEXED BY bid_facts_created_idx WHERE ${inScope} ORDER BY s.created_at LIMIT 1) AS first,
        max((SELECT s.created_at FROM bid_facts s INDEXED BY bid_facts_created_idx WHERE ${inScope} ORDER BY s.created_at DESC LIMIT 1),
          coalesce(${lastClosed('won', inScope)}, 0), coalesce(${lastClosed('lost', inScope)}, 0)) AS last`,
  );
  // Each month counted between its bounds, worked out in local time here (daylight saving included), as ranges
  // of the indexes on when a bid was added and when it closed: nothing is sorted or grouped.
  const counts = prepareScopedRows<Month>(
    db,
    ['month', 'bids', 'rejections', 'wins'],
    (inScope) => sql`SELECT m.value ->> '$.month' AS month,
        (SELECT count(*) FROM bid_facts s INDEXED BY bid_facts_created_idx WHERE ${inMonth('created_at')} AND ${inScope}) AS bids,
        (SELECT count(*) FROM bid_facts s INDEXED BY bid_facts_closed_at_idx WHERE s.closed = 'lost' AND ${inMonth('stage_changed_at')} AND ${inScope}) AS rejections,
        (SELECT count(*) FROM bid_facts s INDEXED BY bid_facts_closed_at_idx WHERE s.closed = 'won' AND ${inMonth('stage_changed_at')} AND ${inScope}) AS wins
      FROM json_each(${sql.placeholder('months')}) m ORDER BY m.key`,
  );

  return (scope) => {
    const { first, last } = span.all(scope)[0] ?? { first: null, last: null };
    const keys = first === null || last === null ? [] : monthsBetween(monthOf(first), monthOf(last));
    const months = keys.length === 0 ? [] : counts.all(scope, { months: JSON.stringify(keys.map((month) => ({ month, ...monthBounds(month) }))) });
    const sum = (key: 'bids' | 'rejections' | 'wins') => months.reduce((total, row) => total + row[key], 0);
    const busiest = [...months].sort((a, b) => b.bids - a.bids || b.month.localeCompare(a.month))[0];
    return {
      ...sufficiency('monthly', sum('bids'), () =>
        `Over ${months.length} months: ${sum('bids')} bids added, ${sum('rejections')} lost and ${sum('wins')} won; ` +
        `the busiest month was ${busiest ? monthName(busiest.month) : ''} with ${busiest?.bids ?? 0} new bids.`,
      ),
      months,
    };
  };
}
