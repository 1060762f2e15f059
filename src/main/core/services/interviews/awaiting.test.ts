import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BidCard } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { interviewInput } from '../../test-support/interview-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';
import { opportunities } from '../../db/schema';
import { interviewToAssessSql } from './awaiting';

const HOUR = 3_600_000;

let setup: ReturnType<typeof tempApi>;
let bidId: number;
beforeEach(() => {
  setup = tempApi();
  bidId = setup.api.createBid(parsedBid({ stage: 'interview' })).id;
});
afterEach(() => setup.temp.remove());

const create = (overrides: Parameters<typeof interviewInput>[1] = {}) => call(setup.api, 'createInterview', interviewInput(bidId, overrides));

function cardOnBoard(): BidCard | undefined {
  const board = setup.api.getBoard({ filters: {}, pageSize: 50 });
  return board.columns.flatMap((column) => column.cards).find((card) => card.id === bidId);
}

describe('"How did the interview go?": the interview to assess, on the card and the bid', () => {
  it('is none for a bid without interviews or with one still to come', () => {
    expect(cardOnBoard()?.interviewToAssess).toBeNull();
    create({ date: '2026-03-02', time: '11:00' }); // TEST_NOW is 09:00 in London
    expect(cardOnBoard()?.interviewToAssess).toBeNull();
    expect(setup.api.getBid({ id: bidId }).interviewToAssess).toBeNull();
  });

  it('appears once the start time has passed, on the board, a further page of the lane, the bid and a moved card', () => {
    const interview = create({ date: '2026-03-02', time: '11:00' });
    setup.clock.advance(2 * HOUR);
    expect(cardOnBoard()?.interviewToAssess).toBe(interview.id);
    expect(setup.api.getColumnPage({ stage: 'interview', filters: {}, offset: 0, limit: 10 }).cards[0]?.interviewToAssess).toBe(interview.id);
    expect(setup.api.getBid({ id: bidId }).interviewToAssess).toBe(interview.id);
    expect(setup.api.moveBid({ id: bidId, to: 'offer' }).bid.interviewToAssess).toBe(interview.id);
  });

  it('names the earliest interview still to assess, and goes once every past one is assessed', () => {
    const later = create({ date: '2026-02-27' });
    const earlier = create({ date: '2026-02-20' });
    create({ date: '2026-03-09' });
    expect(cardOnBoard()?.interviewToAssess).toBe(earlier.id);

    call(setup.api, 'recordSelfAssessment', { interviewId: earlier.id, rating: 4 });
    expect(cardOnBoard()?.interviewToAssess).toBe(later.id);
    call(setup.api, 'recordSelfAssessment', { interviewId: later.id, rating: 3 });
    expect(cardOnBoard()?.interviewToAssess).toBeNull();
  });

  it('is not cleared by feedback alone: the user’s own view is still worth taking', () => {
    const interview = create();
    call(setup.api, 'recordFeedback', { interviewId: interview.id, rating: 2, receivedOn: '2026-03-02' });
    expect(cardOnBoard()?.interviewToAssess).toBe(interview.id);
  });

  it("is looked up per card in the index of interviews not yet self-assessed, not among all of a bid's interviews", () => {
    const query = setup.database.db
      .select({ id: opportunities.id, toAssess: interviewToAssessSql(TEST_NOW) })
      .from(opportunities)
      .toSQL();
    const plan = setup.database.sqlite
      .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
      .all(...query.params)
      .map((step) => (step as { detail: string }).detail)
      .join('\n');
    expect(plan).toMatch(/USING (COVERING )?INDEX interviews_awaiting_self_idx \(opportunity_id=\? AND starts_at<\?\)/);
  });
});
