import { useQuery } from '@tanstack/react-query';
import { ENGAGEMENT_LABELS, ENGAGEMENTS, SOURCE_LABELS, SOURCES, type Engagement } from '../../../shared/domain';
import type { InsightFilters } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';
import { EnumOptions } from '../../components/EnumOptions';
import { MultiSelect } from '../filters/MultiSelect';

interface InsightFilterBarProps {
  filters: InsightFilters;
  onChange: (filters: InsightFilters) => void;
}

const SOURCE_OPTIONS = SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] }));

/** Drops a filter set to "any", so that the address and the request stay minimal. */
function withFilter<K extends keyof InsightFilters>(filters: InsightFilters, key: K, value: InsightFilters[K] | undefined): InsightFilters {
  const next = { ...filters };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

/** The filters every chart shares; the dates pick bids by the day they were added. */
export function InsightFilterBar({ filters, onChange }: InsightFilterBarProps) {
  const api = useApi();
  const agencies = useQuery({ queryKey: queryKeys.agencies, queryFn: () => api.searchOrganisations({ query: '', kind: 'agency', limit: 50 }) });
  // A date typed so far that ends before the other is not applied: the range would select nothing.
  const setDate = (key: 'from' | 'to', value: string) => {
    const next = withFilter(filters, key, value || undefined);
    if (next.from && next.to && next.to < next.from) return;
    onChange(next);
  };
  return (
    <form className="filter-bar insight-filters" role="search" aria-label="Filter the charts" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="date-range">
        <legend>Bids added</legend>
        <label>
          from <input type="date" value={filters.from ?? ''} max={filters.to} onChange={(event) => setDate('from', event.target.value)} />
        </label>
        <label>
          to <input type="date" value={filters.to ?? ''} min={filters.from} onChange={(event) => setDate('to', event.target.value)} />
        </label>
      </fieldset>
      <label>
        <span className="visually-hidden">Engagement</span>
        <select value={filters.engagement ?? ''} onChange={(event) => onChange(withFilter(filters, 'engagement', (event.target.value || undefined) as Engagement | undefined))}>
          <option value="">All engagements</option>
          <EnumOptions values={ENGAGEMENTS} labels={ENGAGEMENT_LABELS} />
        </select>
      </label>
      <MultiSelect
        label="Agencies"
        allLabel="All agencies"
        options={[{ value: 'direct', label: 'Direct (no agency)' }, ...(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))]}
        selected={filters.agencies ?? []}
        onChange={(chosen) => onChange(withFilter(filters, 'agencies', chosen))}
        unlistedLabel={() => 'An agency not in this list'}
      />
      <MultiSelect label="Sources" allLabel="All sources" options={SOURCE_OPTIONS} selected={filters.sources ?? []} onChange={(chosen) => onChange(withFilter(filters, 'sources', chosen))} />
      {Object.keys(filters).length > 0 && (
        <button type="button" className="link" onClick={() => onChange({})}>
          Clear filters
        </button>
      )}
    </form>
  );
}
