import { describe, expect, it } from 'vitest';
import type { InsightFilters } from '../../../shared/schemas';
import { insightFiltersFromQuery, insightFiltersToQuery, queryWithInsightFilters } from './insights-filters';

describe('Insights filters in the address', () => {
  it('round-trip every filter', () => {
    const filters: InsightFilters = { from: '2025-01-01', to: '2025-12-31', engagement: 'interim', agencies: [3, 'direct'], sources: ['agency', 'referral'] };
    const query = insightFiltersToQuery(filters);
    expect(query.toString()).toBe('from=2025-01-01&to=2025-12-31&engagement=interim&agency=3&agency=direct&source=agency&source=referral');
    expect(insightFiltersFromQuery(query)).toEqual(filters);
  });

  it('drop what does not parse and keep the rest', () => {
    expect(insightFiltersFromQuery(new URLSearchParams('from=yesterday&engagement=interim&source=carrier-pigeon'))).toEqual({ engagement: 'interim' });
    // A range that ends before it starts loses its end.
    expect(insightFiltersFromQuery(new URLSearchParams('from=2025-06-01&to=2025-01-01'))).toEqual({ from: '2025-06-01' });
  });

  it('replace only their own keys, keeping the open bid', () => {
    const next = queryWithInsightFilters(new URLSearchParams('bid=7&from=2024-01-01&source=network'), { sources: ['referral'] });
    expect(next.toString()).toBe('bid=7&source=referral');
  });
});
