import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId } from 'react';
import type { OrganisationKind } from '../../../shared/domain';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

interface NamePickerProps {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  /** Organisations of this kind, or contacts. */
  source: { organisations: OrganisationKind } | 'contacts';
  placeholder?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A text input that suggests existing organisations or contacts as the user types. Picking a suggestion or
 * typing a new name both work: the core reuses a record of the same name, and creates one otherwise.
 */
export function NamePicker({ value, onChange, source, ...inputProps }: NamePickerProps) {
  const api = useApi();
  const listId = useId();
  const query = useDeferredValue(value.trim());
  const suggestions = useQuery({
    queryKey: source === 'contacts' ? queryKeys.contacts(query) : queryKeys.organisations(query, source.organisations),
    queryFn: () =>
      source === 'contacts'
        ? api.searchContacts({ query, limit: 10 })
        : api.searchOrganisations({ query, kind: source.organisations, limit: 10 }),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <input {...inputProps} list={listId} value={value} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      <datalist id={listId}>
        {suggestions.data?.map((item) => <option key={item.id} value={item.name} />)}
      </datalist>
    </>
  );
}
