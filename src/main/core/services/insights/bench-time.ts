/**
 * Chart 9: days on the bench between contracts. Each contract after the first ends a gap that began when every
 * earlier contract had ended (actual end, else planned); overlapping or back-to-back contracts make a gap of 0.
 * While no contract is running, today's bench is the last gap, still growing.
 */
import { sql } from 'drizzle-orm';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { localDate } from './scope';
import { countOf, sufficiency } from './sufficiency';

type Gap = Insights['bench']['gaps'][number];

/** Contracts with the day each ended or will end. */
const CONTRACTS = sql`SELECT id, start_on, coalesce(actual_end_on, planned_end_on) AS end_on FROM contracts`;

/** Only the date range applies to bench time: a gap counts when it overlaps the range. */
export interface BenchRange {
  fromDate: string;
  toDate: string;
}

export function benchRange(filters: { from?: string | undefined; to?: string | undefined }): BenchRange {
  return { fromDate: filters.from ?? '0000-01-01', toDate: filters.to ?? '9999-12-31' };
}

/** The gaps between contracts that overlap `range`, oldest first, today's bench last. */
export function createBenchGapsQuery(db: Db): (range: BenchRange, now: number) => Gap[] {
  const statement = prepareRows<Gap>(
    db,
    ['nextContractId', 'previousContractId', 'endedOn', 'nextStartOn', 'days'],
    // Each contract's gap begins when every contract that started before it had ended: the latest end so far, with
    // its contract's id carried along in one sortable text ("2025-06-30 0000000042") by a running max.
    sql`WITH c AS (${CONTRACTS}),
      ordered AS (SELECT id, start_on, max(end_on || ' ' || printf('%010d', id)) OVER (ORDER BY start_on, id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS latest
        FROM c),
      gaps AS (SELECT id AS next_id, start_on AS next_start, CAST(substr(latest, 12) AS INTEGER) AS previous_id FROM ordered WHERE latest IS NOT NULL
        UNION ALL
        SELECT NULL, ${sql.placeholder('today')}, last.id FROM (SELECT id, end_on FROM c ORDER BY end_on DESC, id DESC LIMIT 1) last
          WHERE last.end_on < ${sql.placeholder('today')})
      SELECT g.next_id AS nextContractId, p.id AS previousContractId, p.end_on AS endedOn, g.next_start AS nextStartOn,
        CAST(max(0, julianday(g.next_start) - julianday(p.end_on) - (g.next_id IS NOT NULL)) AS INTEGER) AS days
      FROM gaps g JOIN c p ON p.id = g.previous_id
      WHERE p.end_on <= ${sql.placeholder('toDate')} AND g.next_start >= ${sql.placeholder('fromDate')}
      ORDER BY g.next_start, g.next_id`,
  );
  return (range, now) => statement.all({ ...range, today: localDate(now) });
}

export function createBenchChart(db: Db): (range: BenchRange, now: number) => Insights['bench'] {
  const benchGaps = createBenchGapsQuery(db);
  const contractCount = prepareRows<{ n: number }>(db, ['n'], sql`SELECT count(*) AS n FROM contracts`);

  return (range, now) => {
    const gaps = benchGaps(range, now);
    const contracts = contractCount.all({})[0]?.n ?? 0;
    const finished = gaps.filter((gap) => gap.nextContractId !== null);
    const meanDays = finished.length === 0 ? null : finished.reduce((sum, gap) => sum + gap.days, 0) / finished.length;
    const current = gaps.find((gap) => gap.nextContractId === null);
    return {
      ...sufficiency('bench', contracts, () => {
        const now = current ? `; you have been on the bench for ${countOf(current.days, 'day', 'days')} now` : '';
        if (meanDays === null) return `No gap between contracts in this date range${now}.`;
        const longest = Math.max(...finished.map((gap) => gap.days));
        return `Between contracts you spent ${Math.round(meanDays)} days on the bench on average over ${countOf(finished.length, 'gap', 'gaps')}; the longest was ${longest} days${now}.`;
      }),
      gaps,
      meanDays,
      contracts,
    };
  };
}
