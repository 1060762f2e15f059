import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import { ENGAGEMENT_LABELS, ENGAGEMENTS, STAGE_LABELS, STAGES, type Engagement, type Stage } from '../../../shared/domain';
import type { BoardFilters } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { EnumOptions } from '../../components/EnumOptions';
import { queryKeys } from '../../app/query-keys';
import './filters.css';

interface FilterBarProps {
  filters: BoardFilters;
  onChange: (filters: BoardFilters) => void;
  searchRef: RefObject<HTMLInputElement | null>;
}

const SEARCH_DELAY_MS = 200;

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
  const agencies = useQuery({ queryKey: queryKeys.agencies, queryFn: () => api.searchOrganisations({ query: '', kind: 'agency', limit: 50 }) });
  const tags = useQuery({ queryKey: queryKeys.tags, queryFn: () => api.listTags(undefined) });

  // Search as the user types, once they pause, so that each keystroke does not query.
  useEffect(() => {
    if (text === (filters.text ?? '')) return;
    const timer = window.setTimeout(() => onChange(withFilter(filters, 'text', text.trim() || undefined)), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, filters, onChange]);

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
      <label>
        <span className="visually-hidden">Stage</span>
        <select value={filters.stages?.[0] ?? ''} onChange={(event) => onChange(withFilter(filters, 'stages', event.target.value ? [event.target.value as Stage] : undefined))}>
          <option value="">All stages</option>
          <EnumOptions values={STAGES} labels={STAGE_LABELS} />
        </select>
      </label>
      <label>
        <span className="visually-hidden">Agency</span>
        <select
          value={filters.agency === undefined ? '' : String(filters.agency)}
          onChange={(event) => {
            const value = event.target.value;
            onChange(withFilter(filters, 'agency', value === '' ? undefined : value === 'direct' ? 'direct' : Number(value)));
          }}
        >
          <option value="">All agencies</option>
          <option value="direct">Direct (no agency)</option>
          {agencies.data?.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Engagement</span>
        <select value={filters.engagement ?? ''} onChange={(event) => onChange(withFilter(filters, 'engagement', (event.target.value || undefined) as Engagement | undefined))}>
          <option value="">All engagements</option>
          <EnumOptions values={ENGAGEMENTS} labels={ENGAGEMENT_LABELS} />
        </select>
      </label>
      <label>
        <span className="visually-hidden">Tag</span>
        <select value={filters.tag ?? ''} onChange={(event) => onChange(withFilter(filters, 'tag', event.target.value || undefined))}>
          <option value="">All tags</option>
          {tags.data?.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
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
