/** Chart 5: month by month, the bids added, lost and won (a loss or a win in the month the bid closed). */
import { sql } from 'drizzle-orm';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { IN_SCOPE, type ScopeParams } from './scope';
import { IS_LOST } from './stage-rank';
import { sufficiency } from './sufficiency';

type Month = Insights['monthly']['months'][number];

/** `YYYY-MM` of an instant column, in local time. */
export const monthOf = (column: string) => sql.raw(`strftime('%Y-%m', ${column} / 1000, 'unixepoch', 'localtime')`);

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

export function monthName(key: string): string {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return new Date(year, month - 1, 1).toLocaleString('en-GB', { month: 'long', year: 'numeric' });
}

export function createMonthlyChart(db: Db): (scope: ScopeParams) => Insights['monthly'] {
  const statement = prepareRows<Month>(
    db,
    ['month', 'bids', 'rejections', 'wins'],
    sql`SELECT month, sum(bids) AS bids, sum(rejections) AS rejections, sum(wins) AS wins FROM (
        SELECT ${monthOf('o.created_at')} AS month, count(*) AS bids, 0 AS rejections, 0 AS wins
          FROM opportunities o WHERE ${IN_SCOPE} GROUP BY month
        UNION ALL
        SELECT ${monthOf('o.stage_changed_at')}, 0, sum(${IS_LOST}), sum(o.stage = 'won')
          FROM opportunities o WHERE ${IN_SCOPE} AND (${IS_LOST} OR o.stage = 'won') GROUP BY 1)
      GROUP BY month ORDER BY month`,
  );

  return (scope) => {
    const rows = statement.all(scope);
    const first = rows[0]?.month;
    const last = rows[rows.length - 1]?.month;
    const byMonth = new Map(rows.map((row) => [row.month, row]));
    const months = first && last ? monthsBetween(first, last).map((month) => byMonth.get(month) ?? { month, bids: 0, rejections: 0, wins: 0 }) : [];
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
