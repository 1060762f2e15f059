import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { ContactsQuery } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { queryKeys } from '../../app/query-keys';

/** Rows read at a time: a screenful several times over, small enough to answer in a few milliseconds. */
export const CONTACTS_PAGE = 100;

export function useContactList(query: ContactsQuery) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: queryKeys.contactList(query),
    queryFn: ({ pageParam }) => api.listContacts({ ...query, offset: pageParam, limit: CONTACTS_PAGE }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.rows.length, 0);
      return loaded < last.total ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
    refetchOnMount: 'always',
  });
}

export function useContact(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.contact(id), queryFn: () => api.getContact({ contactId: id }), refetchOnMount: 'always' });
}

export function useOrganisations(query: string) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.organisationList(query), queryFn: () => api.listOrganisations({ query, kind: null }), placeholderData: keepPreviousData });
}

export function useOrganisation(id: number) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.organisation(id), queryFn: () => api.getOrganisation({ organisationId: id }), refetchOnMount: 'always' });
}

export function usePeopleCount() {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.peopleCount, queryFn: () => api.countContacts(undefined) });
}

export function useInteractions(record: { contactId: number } | { bidId: number }) {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.recordInteractions(record), queryFn: () => api.listInteractions(record) });
}
