import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import { ENGAGEMENT_LABELS, ENGAGEMENTS, STAGE_LABELS, STAGES, type Engagement } from '../../../shared/domain';
import type { BoardFilters } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { EnumOptions } from '../../components/EnumOptions';
import { queryKeys } from '../../app/query-keys';
import { MultiSelect } from './MultiSelect';
import { boxTextAfter, searchOf } from './search-box';
import './filters.css';

interface FilterBarProps {
  filters: BoardFilters;
  onChange: (filters: BoardFilters) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

const SEARCH_DELAY_MS = 200;
const STAGE_OPTIONS = STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }));

/** Drops a filter that is set to "any", so that the query key and the request stay minimal. */
function withFilter<K extends keyof BoardFilters>(filters: BoardFilters, key: K, value: BoardFilters[K] | undefined): BoardFilters {
  const next = { ...filters };
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
  else next[key] = value;
  return next;
}

export function FilterBar({ filters, onChange, searchRef }: FilterBarProps) {
  const api = useApi();
  const [text, setText] = useState(filters.text ?? '');
  const [lastSent, setLastSent] = useState(filters.text);
  const typedSearch = searchOf(text);
  const [shownSearch, setShownSearch] = useState(filters.text);
  if (filters.text !== shownSearch) {
    setShownSearch(filters.text);
    setText(boxTextAfter(filters.text, { text, lastSent }));
  }
  const agencies = useQuery({ queryKey: queryKeys.agencies, queryFn: () => api.searchOrganisations({ query: '', kind: 'agency', limit: 50 }) });
  const tags = useQuery({ queryKey: queryKeys.tags, queryFn: () => api.listTags(undefined) });

  // Search as the user types, once they pause, so that each keystroke does not query.
  useEffect(() => {
    if (typedSearch === filters.text) return;
    const timer = window.setTimeout(() => {
      setLastSent(typedSearch);
      onChange(withFilter(filters, 'text', typedSearch));
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typedSearch, filters, onChange]);

  const active = Object.keys(filters).length > 0;
  return (
    <form className="filter-bar" role="search" aria-label="Search and filter bids" onSubmit={(event) => event.preventDefault()}>
      <label className="visually-hidden" htmlFor="filter-text">
        Search bids
      </label>
      <input
        id="filter-text"
        ref={searchRef}
        type="search"
        placeholder="Search title, client, notes, brief…  ( / )"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <MultiSelect label="Stages" allLabel="All stages" options={STAGE_OPTIONS} selected={filters.stages ?? []} onChange={(stages) => onChange(withFilter(filters, 'stages', stages))} />
      <MultiSelect
        label="Agencies"
        allLabel="All agencies"
        options={[{ value: 'direct', label: 'Direct (no agency)' }, ...(agencies.data ?? []).map((agency) => ({ value: agency.id, label: agency.name }))]}
        selected={filters.agencies ?? []}
        onChange={(chosen) => onChange(withFilter(filters, 'agencies', chosen))}
        unlistedLabel={() => 'An agency not in this list'}
      />
      <label>
        <span className="visually-hidden">Engagement</span>
        <select value={filters.engagement ?? ''} onChange={(event) => onChange(withFilter(filters, 'engagement', (event.target.value || undefined) as Engagement | undefined))}>
          <option value="">All engagements</option>
          <EnumOptions values={ENGAGEMENTS} labels={ENGAGEMENT_LABELS} />
        </select>
      </label>
      <MultiSelect
        label="Tags"
        allLabel="All tags"
        options={(tags.data ?? []).map((tag) => ({ value: tag, label: tag }))}
        selected={filters.tags ?? []}
        onChange={(chosen) => onChange(withFilter(filters, 'tags', chosen))}
      />
      <label className="filter-toggle">
        <input type="checkbox" checked={Boolean(filters.archived)} onChange={(event) => onChange(withFilter(filters, 'archived', event.target.checked || undefined))} />
        Archived
      </label>
      {active && (
        <button
          type="button"
          className="link"
          onClick={() => {
            setText('');
            onChange({});
          }}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
