import { describe, expect, it } from 'vitest';
import type { BoardFilters } from '../../../shared/schemas';
import { formatAddress, parseAddress } from '../../app/address';
import { filtersFromQuery, filtersToQuery, queryWithFilters } from './filters-in-address';

const filtersIn = (hash: string) => filtersFromQuery(parseAddress(hash).query.toString());

describe('the board filters in the address', () => {
  it('come back as they were after a round trip, several values of each included', () => {
    const filters: BoardFilters = {
      text: 'erp & finance?',
      stages: ['lead', 'submitted'],
      agencies: [3, 'direct', 12],
      engagement: 'interim',
      tags: ['PE-backed', 'nhs trust'],
      archived: true,
    };
    const query = filtersToQuery(filters);
    expect(query).toBe('q=erp+%26+finance%3F&stage=lead&stage=submitted&agency=3&agency=direct&agency=12&engagement=interim&tag=PE-backed&tag=nhs+trust&archived=1');
    expect(filtersFromQuery(query)).toEqual(filters);
  });

  it('replace the filters only, keeping the open bid, and leave no "?" when nothing is left', () => {
    const address = parseAddress('#/board?stage=lead&bid=4');
    expect(formatAddress({ page: 'board', query: queryWithFilters(address.query, { stages: ['won'] }) })).toBe('#/board?bid=4&stage=won');
    expect(formatAddress({ page: 'board', query: queryWithFilters(parseAddress('#/board?stage=lead').query, {}) })).toBe('#/board');
  });

  it('are read from the addresses of the previous version, which had no page', () => {
    expect(filtersIn('#?stage=lead&agency=direct')).toEqual({ stages: ['lead'], agencies: ['direct'] });
  });

  it('drop what does not parse and keep the rest', () => {
    expect(filtersIn('#?stage=lead&stage=hired&agency=7&engagement=gig')).toEqual({ agencies: [7] });
    expect(filtersIn('#?agency=abc&tag=erp')).toEqual({ tags: ['erp'] });
    expect(filtersIn('#?archived=yes')).toEqual({});
    expect(filtersIn('')).toEqual({});
  });
});
