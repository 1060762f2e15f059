import { afterEach, describe, expect, it } from 'vitest';
import { parsedBid } from '../../test-support/bid-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

describe('moving a bid', () => {
  it('changes the stage and writes the event with its note in the same transaction', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    setup.clock.advance(3 * DAY);
    const moved = setup.api.moveBid({ id: bid.id, to: 'submitted', note: ' CV sent via Priya ' });
    expect(moved.bid).toMatchObject({ id: bid.id, stage: 'submitted', daysInStage: 0, stageChangedAt: TEST_NOW + 3 * DAY });
    expect(setup.api.getBid({ id: bid.id }).history.map(({ from, to, note, at }) => ({ from, to, note, at }))).toEqual([
      { from: null, to: 'lead', note: null, at: TEST_NOW },
      { from: 'lead', to: 'submitted', note: 'CV sent via Priya', at: TEST_NOW + 3 * DAY },
    ]);
  });

  it('counts days in the current stage from the last move', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    setup.api.moveBid({ id: bid.id, to: 'interview' });
    setup.clock.advance(5 * DAY);
    expect(setup.api.getBid({ id: bid.id }).daysInStage).toBe(5);
  });

  it('refuses a move to the stage the bid is already in, and writes no event', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    expect(() => setup.api.moveBid({ id: bid.id, to: 'lead' })).toThrow(/already in Lead/);
    expect(setup.api.getBid({ id: bid.id }).history).toHaveLength(1);
  });

  it('rolls the stage back when the event cannot be written', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    setup.database.sqlite.exec(`CREATE TRIGGER fail_events BEFORE INSERT ON stage_events BEGIN SELECT RAISE(ABORT, 'disk says no'); END`);
    expect(() => setup.api.moveBid({ id: bid.id, to: 'offer' })).toThrow(/disk says no/);
    expect(setup.api.getBid({ id: bid.id }).stage).toBe('lead');
  });
});

describe('undoing a move', () => {
  it('restores the previous stage and its entry time, and removes the event', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    setup.clock.advance(2 * DAY);
    setup.api.moveBid({ id: bid.id, to: 'submitted' });
    setup.clock.advance(DAY);
    const { eventId } = setup.api.moveBid({ id: bid.id, to: 'rejected' });
    const undone = setup.api.undoMove({ eventId });
    expect(undone).toMatchObject({ stage: 'submitted', stageChangedAt: TEST_NOW + 2 * DAY, daysInStage: 1 });
    expect(undone.history.map((event) => event.to)).toEqual(['lead', 'submitted']);
  });

  it('only undoes the latest move, and never the creation', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    const first = setup.api.moveBid({ id: bid.id, to: 'brief' });
    setup.api.moveBid({ id: bid.id, to: 'submitted' });
    expect(() => setup.api.undoMove({ eventId: first.eventId })).toThrow(/Only the latest move/);
    const creation = setup.api.getBid({ id: bid.id }).history[0];
    setup.api.undoMove({ eventId: setup.api.getBid({ id: bid.id }).history[2]?.id ?? 0 });
    setup.api.undoMove({ eventId: first.eventId });
    expect(() => setup.api.undoMove({ eventId: creation?.id ?? 0 })).toThrow(/cannot be undone as a move/);
    expect(setup.api.getBid({ id: bid.id })).toMatchObject({ stage: 'lead', stageChangedAt: TEST_NOW });
  });

  it('says so when the move was already undone', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    const { eventId } = setup.api.moveBid({ id: bid.id, to: 'brief' });
    setup.api.undoMove({ eventId });
    expect(() => setup.api.undoMove({ eventId })).toThrow(/already undone/);
  });
});
