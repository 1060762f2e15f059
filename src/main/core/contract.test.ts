import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api-methods';
import { apiContract } from '../../shared/contract';
import { parsedBid, parsedUpdate } from './test-support/bid-input';
import { insightsData } from './test-support/insights-data';
import { tempApi } from './test-support/temp-database';

describe('the API contract', () => {
  it('declares exactly the methods the preload exposes, each with a doc line', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...API_METHODS].sort());
    for (const spec of Object.values(apiContract)) expect(spec.doc.length).toBeGreaterThan(10);
  });

  it("describes what the core really returns, for every method", () => {
    const { api, temp, database } = tempApi();
    try {
      const sample = api.loadSampleData(undefined);
      // Records the sample does not hold yet, so that every chart has something to describe.
      const data = insightsData(database.db);
      const lost = data.bid({ path: ['lead', 'submitted', 'interview', 'rejected'] });
      data.outcome(lost, { reasons: ['experience_gap', 'internal_hire'] });
      data.interview(lost, { self: 5, feedback: 2 });
      const previous = data.contract('2025-01-06', '2025-06-30');
      data.contract('2025-08-04', '2026-01-30');
      const bid = api.createBid(parsedBid({ tags: ['erp'] }));
      const moved = api.moveBid({ id: bid.id, to: 'submitted' });
      const results: Record<string, unknown> = {
        loadSampleData: sample,
        createBid: bid,
        moveBid: moved,
        getBoard: api.getBoard({ filters: {}, pageSize: 50 }),
        getColumnPage: api.getColumnPage({ stage: 'rejected', filters: {}, offset: 0, limit: 20 }),
        getBid: api.getBid({ id: bid.id }),
        updateBid: api.updateBid(parsedUpdate(bid.id)),
        undoMove: api.undoMove({ eventId: moved.eventId }),
        setArchived: api.setArchived({ id: bid.id, archived: true }),
        searchOrganisations: api.searchOrganisations({ query: 'a', limit: 10 }),
        searchContacts: api.searchContacts({ query: '', limit: 10 }),
        listTags: api.listTags(undefined),
        getInsights: api.getInsights({ filters: {} }),
        getInsightBids: api.getInsightBids({ filters: {}, point: { chart: 'bench', previousContractId: previous } }),
        deleteBid: api.deleteBid({ id: bid.id }),
      };
      expect(Object.keys(results).sort()).toEqual([...API_METHODS].sort());
      for (const method of API_METHODS) {
        const parsed = apiContract[method].output.safeParse(results[method]);
        expect(parsed.success, `${method}: ${parsed.error?.message}`).toBe(true);
      }
    } finally {
      temp.remove();
    }
  });
});
