/**
 * Charts 3 and 4: how far bids got, from their stage history. One pass counts bids by agency, source and the
 * furthest stage each reached; the funnel and the results by agency and by source add those counts up.
 */
import { sql } from 'drizzle-orm';
import { OPEN_STAGES, SOURCE_LABELS, STAGE_LABELS, type Source } from '../../../../shared/domain';
import { RESULT_STEPS, type Insights, type ResultStep } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows, prepareScopedRows } from './prepared';
import type { Scope } from './scope';
import { rankOf } from './stage-rank';
import { percent, sufficiency } from './sufficiency';

type StepCounts = Record<ResultStep, number>;

/**
 * Bids in scope counted three ways: by the furthest stage reached (`key` its rank, null for none; `n` bids), and
 * by agency (`key` its id, null: direct) and by source, each with how many bids reached each result step.
 */
export type ReachRow = { kind: 'furthest'; key: number | null; n: number } | ({ kind: 'agency'; key: number | null } & StepCounts) | ({ kind: 'source'; key: Source } & StepCounts);

/** Agencies shown by name in the results; the rest are added up as "Other agencies". */
export const TOP_AGENCIES = 5;
/** Rows with fewer bids submitted than this are too few to call best in the results' reading. */
const RESULT_ROW_MIN = 5;

/** How many agencies are named: the top five, or six when "Other agencies" would stand for one agency alone. */
export function shownAgencies(ranked: number): number {
  return ranked === TOP_AGENCIES + 1 ? ranked : TOP_AGENCIES;
}

const stepsOf = (row: StepCounts): StepCounts => Object.fromEntries(RESULT_STEPS.map((step) => [step, row[step]])) as StepCounts;

/** The agencies with most bids submitted (then most won, then the earliest added), best first. */
export function topAgencies(rows: readonly ReachRow[]): { agency: number; counts: StepCounts }[] {
  return rows
    .flatMap((row) => (row.kind === 'agency' && row.key !== null ? [{ agency: row.key, counts: stepsOf(row) }] : []))
    .filter((row) => row.counts.submitted > 0)
    .sort((a, b) => b.counts.submitted - a.counts.submitted || b.counts.won - a.counts.won || a.agency - b.agency);
}

function funnel(rows: readonly ReachRow[]): Insights['funnel'] {
  const byFurthest = rows.flatMap((row) => (row.kind === 'furthest' ? [row] : []));
  const bids = byFurthest.reduce((sum, row) => sum + row.n, 0);
  const stages = OPEN_STAGES.map((stage, rank) => ({
    stage,
    reached: byFurthest.reduce((sum, row) => sum + ((row.key ?? -1) >= rank ? row.n : 0), 0),
  })).map((row, rank, rows) => {
    const before = rows[rank - 1]?.reached ?? 0;
    return { ...row, conversion: rank === 0 || before === 0 ? null : row.reached / before };
  });
  const weakest = stages
    .slice(1)
    .filter((row) => row.conversion !== null)
    .sort((a, b) => (a.conversion as number) - (b.conversion as number))[0];
  const reached = (stage: 'interview' | 'won') => stages[rankOf(stage)]?.reached ?? 0;
  return {
    ...sufficiency('funnel', bids, () => {
      const previous = weakest ? OPEN_STAGES[rankOf(weakest.stage) - 1] : undefined;
      const step = weakest && previous ? `; the weakest step is ${STAGE_LABELS[previous]} → ${STAGE_LABELS[weakest.stage]} (${percent(weakest.conversion as number)})` : '';
      return `Of ${bids} bids, ${reached('interview')} reached an interview (${percent(reached('interview') / bids)}) and ${reached('won')} were won${step}.`;
    }),
    stages,
    bids,
  };
}

function bestAtInterview(rows: readonly ({ label: string } & StepCounts)[]): string | null {
  const best = rows
    .filter((row) => row.submitted >= RESULT_ROW_MIN)
    .sort((a, b) => b.interview / b.submitted - a.interview / a.submitted || b.submitted - a.submitted)[0];
  return best ? `${best.label} (${best.interview} of ${best.submitted}, ${percent(best.interview / best.submitted)})` : null;
}

const NO_STEPS: StepCounts = { submitted: 0, interview: 0, offer: 0, won: 0 };

function results(rows: readonly ReachRow[], agencyNames: ReadonlyMap<number, string>): Insights['results'] {
  const ranked = topAgencies(rows);
  const shown = ranked.slice(0, shownAgencies(ranked.length));
  const rest = ranked.slice(shown.length);
  const directRow = rows.find((row) => row.kind === 'agency' && row.key === null);
  const direct = directRow && directRow.kind === 'agency' ? stepsOf(directRow) : NO_STEPS;
  const byAgency: Insights['results']['byAgency'] = shown.map((row) => ({ agency: row.agency, label: agencyNames.get(row.agency) ?? 'Agency', agencies: 1, ...row.counts }));
  if (direct.submitted > 0) byAgency.push({ agency: 'direct', label: 'Direct (no agency)', agencies: 1, ...direct });
  if (rest.length > 0) {
    const sum = (step: ResultStep) => rest.reduce((total, row) => total + row.counts[step], 0);
    byAgency.push({ agency: 'other', label: `Other agencies (${rest.length})`, agencies: rest.length, submitted: sum('submitted'), interview: sum('interview'), offer: sum('offer'), won: sum('won') });
  }
  const bySource = rows
    .flatMap((row) => (row.kind === 'source' ? [{ source: row.key, label: SOURCE_LABELS[row.key], ...stepsOf(row) }] : []))
    .filter((row) => row.submitted > 0)
    .sort((a, b) => b.submitted - a.submitted || a.label.localeCompare(b.label));
  const submitted = bySource.reduce((sum, row) => sum + row.submitted, 0);
  return {
    ...sufficiency('results', submitted, () => {
      const source = bestAtInterview(bySource);
      const agency = bestAtInterview(byAgency.filter((row) => row.agency !== 'other'));
      if (!source && !agency) return `No source or agency has ${RESULT_ROW_MIN} submitted bids yet to compare.`;
      return `Reaching interview most often: ${[source && `by source, ${source}`, agency && `by agency, ${agency}`].filter(Boolean).join('; ')}.`;
    }),
    byAgency,
    bySource,
  };
}

/** Bids reaching each result step among `groups` (rows of agency, source, furthest rank and count `n`). */
const STEP_SUMS = sql.raw(RESULT_STEPS.map((step) => `sum(CASE WHEN furthest >= ${rankOf(step)} THEN n ELSE 0 END) AS "${step}"`).join(', '));

export function createReachQuery(db: Db): (scope: Scope) => ReachRow[] {
  // Counted once by agency, source and furthest stage in the order of the index (no sorting), then those few
  // thousand counts added up each way.
  const statement = prepareScopedRows<Record<string, unknown>>(
    db,
    ['kind', 'key', 'n', ...RESULT_STEPS],
    (inScope) => sql`WITH groups AS MATERIALIZED (SELECT s.agency_id AS agency, s.source AS source, s.furthest AS furthest, count(*) AS n
        FROM bid_facts s INDEXED BY bid_facts_reach_idx WHERE ${inScope} GROUP BY s.agency_id, s.source, s.furthest)
      SELECT 'furthest' AS kind, furthest AS key, sum(n) AS n, 0 AS submitted, 0 AS interview, 0 AS offer, 0 AS won FROM groups GROUP BY furthest
      UNION ALL SELECT 'agency', agency, sum(n), ${STEP_SUMS} FROM groups GROUP BY agency
      UNION ALL SELECT 'source', source, sum(n), ${STEP_SUMS} FROM groups GROUP BY source`,
  );
  return (scope) => statement.all(scope) as ReachRow[];
}

export function createReachCharts(db: Db): (scope: Scope) => Pick<Insights, 'funnel' | 'results'> {
  const reach = createReachQuery(db);
  const names = prepareRows<{ id: number; name: string }>(
    db,
    ['id', 'name'],
    sql`SELECT id, name FROM organisations WHERE id IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`,
  );
  return (scope) => {
    const rows = reach(scope);
    const ranked = topAgencies(rows);
    const ids = ranked.slice(0, shownAgencies(ranked.length)).map((row) => row.agency);
    const agencyNames = new Map(names.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row.name]));
    return { funnel: funnel(rows), results: results(rows, agencyNames) };
  };
}
