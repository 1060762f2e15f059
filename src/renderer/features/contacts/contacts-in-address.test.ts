import { describe, expect, it } from 'vitest';
import { contactFiltersFrom, writeContactFilters } from './contacts-in-address';

describe('the Contacts list in the address', () => {
  it('reads back what it wrote, and leaves defaults out', () => {
    const query = new URLSearchParams('bid=4');
    writeContactFilters(query, { text: 'hays', contactKind: 'recruiter', keyPartnersOnly: true, overdueOnly: false, sort: 'name' });
    expect(query.toString()).toBe('bid=4&q=hays&kind=recruiter&key=1&sort=name');
    expect(contactFiltersFrom(query)).toEqual({ text: 'hays', contactKind: 'recruiter', keyPartnersOnly: true, overdueOnly: false, sort: 'name' });
    writeContactFilters(query, contactFiltersFrom(new URLSearchParams()));
    expect(query.toString()).toBe('bid=4');
  });

  it('ignores a kind or sort it does not know', () => {
    expect(contactFiltersFrom(new URLSearchParams('kind=wizard&sort=shoe-size'))).toMatchObject({ contactKind: null, sort: 'nextDue' });
  });
});
