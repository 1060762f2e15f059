/**
 * Charts 3 and 4: how far bids got, from their stage history. One pass counts bids by agency, source and the
 * furthest stage each reached; the funnel and the results by agency and by source add those counts up.
 */
import { sql } from 'drizzle-orm';
import { OPEN_STAGES, SOURCE_LABELS, STAGE_LABELS, type Source } from '../../../../shared/domain';
import { RESULT_STEPS, type Insights, type ResultStep } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { rankOf } from './stage-rank';
import { percent, sufficiency } from './sufficiency';

/** Bids in scope with one agency (null: direct) and source, that reached `furthest` (a rank) and no further. */
export type ReachGroup = {
  agency: number | null;
  source: Source;
  furthest: number | null;
  n: number;
};

/** Agencies shown by name in the results; the rest are added up as "Other agencies". */
export const TOP_AGENCIES = 5;
/** Rows with fewer bids submitted than this are too few to call best in the results' reading. */
const RESULT_ROW_MIN = 5;

type StepCounts = Record<ResultStep, number>;

/** How many agencies are named: the top five, or six when "Other agencies" would stand for one agency alone. */
export function shownAgencies(ranked: number): number {
  return ranked === TOP_AGENCIES + 1 ? ranked : TOP_AGENCIES;
}

function stepCounts(groups: readonly ReachGroup[]): StepCounts {
  const reached = (stage: ResultStep) => groups.reduce((sum, group) => sum + ((group.furthest ?? -1) >= rankOf(stage) ? group.n : 0), 0);
  return Object.fromEntries(RESULT_STEPS.map((step) => [step, reached(step)])) as StepCounts;
}

function groupBy<K>(groups: readonly ReachGroup[], key: (group: ReachGroup) => K): Map<K, ReachGroup[]> {
  const map = new Map<K, ReachGroup[]>();
  for (const group of groups) {
    const list = map.get(key(group));
    if (list) list.push(group);
    else map.set(key(group), [group]);
  }
  return map;
}

/** The agencies with most bids submitted (then most won, then the earliest added), best first. */
export function topAgencies(groups: readonly ReachGroup[]): { agency: number; counts: StepCounts }[] {
  return [...groupBy(groups.filter((group) => group.agency !== null), (group) => group.agency as number)]
    .map(([agency, own]) => ({ agency, counts: stepCounts(own) }))
    .filter((row) => row.counts.submitted > 0)
    .sort((a, b) => b.counts.submitted - a.counts.submitted || b.counts.won - a.counts.won || a.agency - b.agency);
}

function funnel(groups: readonly ReachGroup[]): Insights['funnel'] {
  const bids = groups.reduce((sum, group) => sum + group.n, 0);
  const stages = OPEN_STAGES.map((stage, rank) => ({
    stage,
    reached: groups.reduce((sum, group) => sum + ((group.furthest ?? -1) >= rank ? group.n : 0), 0),
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

function results(groups: readonly ReachGroup[], agencyNames: ReadonlyMap<number, string>): Insights['results'] {
  const ranked = topAgencies(groups);
  const shown = ranked.slice(0, shownAgencies(ranked.length));
  const rest = ranked.slice(shown.length);
  const direct = stepCounts(groups.filter((group) => group.agency === null));
  const byAgency: Insights['results']['byAgency'] = shown.map((row) => ({ agency: row.agency, label: agencyNames.get(row.agency) ?? 'Agency', agencies: 1, ...row.counts }));
  if (direct.submitted > 0) byAgency.push({ agency: 'direct', label: 'Direct (no agency)', agencies: 1, ...direct });
  if (rest.length > 0) {
    const sum = (step: ResultStep) => rest.reduce((total, row) => total + row.counts[step], 0);
    byAgency.push({ agency: 'other', label: `Other agencies (${rest.length})`, agencies: rest.length, submitted: sum('submitted'), interview: sum('interview'), offer: sum('offer'), won: sum('won') });
  }
  const bySource = [...groupBy(groups, (group) => group.source)]
    .map(([source, own]) => ({ source, label: SOURCE_LABELS[source], ...stepCounts(own) }))
    .filter((row) => row.submitted > 0)
    .sort((a, b) => b.submitted - a.submitted || a.label.localeCompare(b.label));
  const submitted = stepCounts(groups).submitted;
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

export function createReachQuery(db: Db): () => ReachGroup[] {
  const statement = prepareRows<ReachGroup>(
    db,
    ['agency', 'source', 'furthest', 'n'],
    sql`SELECT s.agency_id AS agency, s.source AS source, s.furthest AS furthest, count(*) AS n FROM insight_scope s GROUP BY agency, source, furthest`,
  );
  return () => statement.all({});
}

export function createReachCharts(db: Db): () => Pick<Insights, 'funnel' | 'results'> {
  const reach = createReachQuery(db);
  const names = prepareRows<{ id: number; name: string }>(
    db,
    ['id', 'name'],
    sql`SELECT id, name FROM organisations WHERE id IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`,
  );
  return () => {
    const groups = reach();
    const ranked = topAgencies(groups);
    const ids = ranked.slice(0, shownAgencies(ranked.length)).map((row) => row.agency);
    const agencyNames = new Map(names.all({ ids: JSON.stringify(ids) }).map((row) => [row.id, row.name]));
    return { funnel: funnel(groups), results: results(groups, agencyNames) };
  };
}
