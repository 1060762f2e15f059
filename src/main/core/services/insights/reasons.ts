/** Chart 1: the reasons cited for lost bids, split into those in the user's control and those outside it. */
import { sql } from 'drizzle-orm';
import type { ReasonControl } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { IN_SCOPE, type ScopeParams } from './scope';
import { IS_LOST, LATEST_OUTCOME_ID } from './stage-rank';
import { countOf, sufficiency } from './sufficiency';

type Row = { kind: 'reason' | 'lost' | 'citing' | 'without'; reasonId: number | null; label: string | null; control: ReasonControl | null; n: number };

/** Lost bids in scope, each with its latest outcome (null when none was recorded). */
export const LOST_BIDS = sql`SELECT o.id AS bid_id, ${LATEST_OUTCOME_ID} AS outcome_id FROM opportunities o WHERE ${IN_SCOPE} AND ${IS_LOST}`;

export function createReasonsChart(db: Db): (scope: ScopeParams) => Insights['reasons'] {
  const statement = prepareRows<Row>(
    db,
    ['kind', 'reasonId', 'label', 'control', 'n'],
    sql`WITH lost AS (${LOST_BIDS}),
      cited AS (SELECT lost.bid_id, rr.id AS reason_id, rr.label, rr.control
        FROM lost JOIN outcome_reasons orr ON orr.outcome_id = lost.outcome_id JOIN rejection_reasons rr ON rr.id = orr.reason_id)
      SELECT 'reason' AS kind, reason_id AS reasonId, label, control, count(*) AS n FROM cited GROUP BY reason_id
      UNION ALL SELECT 'lost', NULL, NULL, NULL, count(*) FROM lost
      UNION ALL SELECT 'citing', NULL, NULL, control, count(DISTINCT bid_id) FROM cited GROUP BY control
      UNION ALL SELECT 'without', NULL, NULL, NULL, count(*) FROM lost
        WHERE NOT EXISTS (SELECT 1 FROM outcome_reasons orr WHERE orr.outcome_id = lost.outcome_id)`,
  );

  return (scope) => {
    const rows = statement.all(scope);
    const total = (kind: Row['kind'], control: ReasonControl | null = null) =>
      rows.find((row) => row.kind === kind && row.control === control)?.n ?? 0;
    const byCount = (a: Row, b: Row) => b.n - a.n || String(a.label).localeCompare(String(b.label));
    const cited = rows.filter((row) => row.kind === 'reason');
    const reasons = [...cited.filter((row) => row.control === 'mine').sort(byCount), ...cited.filter((row) => row.control === 'outside').sort(byCount)].map(
      (row) => ({ reasonId: row.reasonId as number, label: row.label as string, control: row.control as ReasonControl, count: row.n }),
    );
    const rejections = total('lost');
    const withoutReasons = total('without');
    const citingMine = total('citing', 'mine');
    const citingOutside = total('citing', 'outside');
    const withReasons = rejections - withoutReasons;
    const top = [...cited].sort(byCount)[0];
    return {
      ...sufficiency('reasons', withReasons, () => {
        const unrecorded = withoutReasons > 0 ? `; ${countOf(withoutReasons, 'has', 'have')} no reason recorded` : '';
        return (
          `Of ${countOf(withReasons, 'rejection', 'rejections')} with reasons, ${citingMine} cite something in your control and ` +
          `${citingOutside} something outside it; the most cited is ${top?.label} (${top?.n})${unrecorded}.`
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
