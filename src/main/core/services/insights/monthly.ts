/** Chart 5: month by month, the bids added, lost and won (a loss or a win in the month the bid closed). */
import { sql, type SQL } from 'drizzle-orm';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { sufficiency } from './sufficiency';

type Month = Insights['monthly']['months'][number];

/** `YYYY-MM` of a local day number (see `insight_scope`). */
export const monthOf = (day: SQL) => sql`strftime('%Y-%m', ${day} * 86400, 'unixepoch')`;

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

export function createMonthlyChart(db: Db): () => Insights['monthly'] {
  // Counted by day first, so that the day is turned into its month once per day rather than once per bid.
  const statement = prepareRows<Month>(
    db,
    ['month', 'bids', 'rejections', 'wins'],
    sql`SELECT ${monthOf(sql`day`)} AS month, sum(bids) AS bids, sum(rejections) AS rejections, sum(wins) AS wins FROM (
        SELECT s.created_day AS day, count(*) AS bids, 0 AS rejections, 0 AS wins FROM insight_scope s GROUP BY day
        UNION ALL
        SELECT s.closed_day, 0, sum(s.lost), sum(s.won) FROM insight_scope s WHERE s.lost = 1 OR s.won = 1 GROUP BY s.closed_day)
      GROUP BY month ORDER BY month`,
  );

  return () => {
    const rows = statement.all({});
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
