/** Chart 1: the reasons cited for lost bids, split into those in the user's control and those outside it. */
import { sql } from 'drizzle-orm';
import type { ReasonControl } from '../../../../shared/domain';
import type { Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { countOf, sufficiency } from './sufficiency';

type Row = { kind: 'reason' | 'lost' | 'citing' | 'without'; reasonId: number | null; label: string | null; control: ReasonControl | null; n: number };

export function createReasonsChart(db: Db): () => Insights['reasons'] {
  const statement = prepareRows<Row>(
    db,
    ['kind', 'reasonId', 'label', 'control', 'n'],
    // A lost bid's reasons are its latest outcome's (`outcome_id`, null when none was recorded). CROSS JOIN keeps
    // SQLite reading the bids first and looking up their reasons, rather than indexing the bids for each reason.
    sql`WITH cited AS MATERIALIZED (SELECT s.id AS bid_id, rr.id AS reason_id, rr.label, rr.control
        FROM insight_scope s CROSS JOIN outcome_reasons orr ON orr.outcome_id = s.outcome_id JOIN rejection_reasons rr ON rr.id = orr.reason_id)
      SELECT 'reason' AS kind, reason_id AS reasonId, label, control, count(*) AS n FROM cited GROUP BY reason_id
      UNION ALL SELECT 'lost', NULL, NULL, NULL, count(*) FROM insight_scope s WHERE s.lost = 1
      UNION ALL SELECT 'citing', NULL, NULL, control, count(DISTINCT bid_id) FROM cited GROUP BY control
      UNION ALL SELECT 'without', NULL, NULL, NULL, count(*) FROM insight_scope s
        WHERE s.lost = 1 AND NOT EXISTS (SELECT 1 FROM outcome_reasons orr WHERE orr.outcome_id = s.outcome_id)`,
  );

  return () => {
    const rows = statement.all({});
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
