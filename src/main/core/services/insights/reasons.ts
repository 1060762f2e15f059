/** Chart 1: the reasons cited for lost bids, split into those in the user's control and those outside it. */
import { sql, type SQL } from 'drizzle-orm';
import type { ReasonControl } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareScopedRows } from './prepared';
import type { Scope } from './scope';
import { countOf, sufficiency } from './sufficiency';

type Cited = { reasonId: number; label: string; control: ReasonControl; n: number };
type Totals = { rejections: number; withoutReasons: number; citingMine: number; citingOutside: number };

/**
 * Lost bids in scope, from the index that holds what this chart needs of each: its latest outcome and how many
 * of that outcome's reasons are in the user's control and outside it (see `bid_facts`).
 */
const lost = (inScope: SQL) => sql`FROM bid_facts s INDEXED BY bid_facts_reached_idx WHERE s.closed = 'lost' AND ${inScope}`;

export function createReasonsChart(db: Db): (scope: Scope) => Insights['reasons'] {
  const totals = prepareScopedRows<Totals>(
    db,
    ['rejections', 'withoutReasons', 'citingMine', 'citingOutside'],
    (inScope) => sql`SELECT count(*) AS rejections, coalesce(sum(s.reasons_mine + s.reasons_outside = 0), 0) AS withoutReasons,
        coalesce(sum(s.reasons_mine > 0), 0) AS citingMine, coalesce(sum(s.reasons_outside > 0), 0) AS citingOutside ${lost(inScope)}`,
  );
  // Each lost bid's reasons looked up through its outcome (CROSS JOIN keeps that order), counted by reason; the
  // reasons' names are read once each, after counting.
  const cited = prepareScopedRows<Cited>(
    db,
    ['reasonId', 'label', 'control', 'n'],
    (inScope) => sql`SELECT rr.id AS reasonId, rr.label AS label, rr.control AS control, counted.n AS n
      FROM (SELECT orr.reason_id, count(*) AS n FROM bid_facts s INDEXED BY bid_facts_reached_idx
          CROSS JOIN outcome_reasons orr ON orr.outcome_id = s.outcome_id
          WHERE s.closed = 'lost' AND ${inScope} GROUP BY orr.reason_id) counted
        JOIN rejection_reasons rr ON rr.id = counted.reason_id`,
  );

  return (scope) => {
    const { rejections, withoutReasons, citingMine, citingOutside } = totals.all(scope)[0] as Totals;
    const rows = cited.all(scope);
    const byCount = (a: Cited, b: Cited) => b.n - a.n || a.label.localeCompare(b.label);
    const reasons = [...rows.filter((row) => row.control === 'mine').sort(byCount), ...rows.filter((row) => row.control === 'outside').sort(byCount)].map(
      (row) => ({ reasonId: row.reasonId, label: row.label, control: row.control, count: row.n }),
    );
    const withReasons = rejections - withoutReasons;
    const top = [...rows].sort(byCount)[0];
    return {
      ...sufficiency('reasons', withReasons, () => {
        const unrecorded = withoutReasons > 0 ? `; ${countOf(withoutReasons, 'has', 'have')} no reason recorded` : '';
        return (
          `Of ${countOf(withReasons, 'rejection', 'rejections')} with reasons, ${citingMine} cite something in your control and ` +
          `${citingOutside} something outside it; the most cited is ${top?.label}, in ${top?.n}${unrecorded}.`
        );
      }),
      reasons,
      withoutReasons,
      rejections,
      citingMine,
      citingOutside,
    };
  };
}
