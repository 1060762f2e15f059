import { describe, expect, it } from 'vitest';
import type { BoardFilters } from '../../../shared/schemas';
import { filtersInHash, hashWithFilters } from './filters-in-address';

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
    const hash = hashWithFilters('', filters);
    expect(hash).toBe('#?q=erp+%26+finance%3F&stage=lead&stage=submitted&agency=3&agency=direct&agency=12&engagement=interim&tag=PE-backed&tag=nhs+trust&archived=1');
    expect(filtersInHash(hash)).toEqual(filters);
  });

  it('keep a page route before them, and leave no "?" when there are no filters', () => {
    expect(hashWithFilters('#/board?stage=lead', { stages: ['won'] })).toBe('#/board?stage=won');
    expect(hashWithFilters('#/board?stage=lead', {})).toBe('#/board');
    expect(hashWithFilters('#?stage=lead', {})).toBe('');
    expect(filtersInHash('#/board?agency=direct')).toEqual({ agencies: ['direct'] });
  });

  it('drop what does not parse and keep the rest', () => {
    expect(filtersInHash('#?stage=lead&stage=hired&agency=7&engagement=gig')).toEqual({ agencies: [7] });
    expect(filtersInHash('#?agency=abc&tag=erp')).toEqual({ tags: ['erp'] });
    expect(filtersInHash('#?archived=yes')).toEqual({});
    expect(filtersInHash('')).toEqual({});
  });
});
