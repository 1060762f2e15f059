import { afterEach, describe, expect, it } from 'vitest';
import { parsedBid } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { interviewEdit, interviewInput } from '../../test-support/interview-input';
import { tempApi } from '../../test-support/temp-database';
import { PREPARE_AHEAD_MS, takeStockAt } from './rules/interviews';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const byKind = (kind: string) => setup.api.listReminders(undefined).filter((reminder) => reminder.kind === kind);

describe('taking stock after an interview', () => {
  it('is due that evening at six, or two hours after a late start', () => {
    expect(new Date(takeStockAt(new Date(2026, 2, 2, 10).getTime()))).toEqual(new Date(2026, 2, 2, 18));
    expect(new Date(takeStockAt(new Date(2026, 2, 2, 17, 30).getTime()))).toEqual(new Date(2026, 2, 2, 19, 30));
  });
});

describe('the reminders around an interview', () => {
  it('asks to prepare two days ahead, saying what is left on the checklist, and moves with the interview', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    const interview = call(setup.api, 'createInterview', interviewInput(bid.id, { date: '2026-03-09', interviewers: [] }));
    const [prep] = byKind('interview_prep');
    expect(prep).toMatchObject({ title: 'Prepare for round 1 of “Interim CFO”', dueAt: interview.startsAt - PREPARE_AHEAD_MS, bid: { id: bid.id } });
    expect(prep?.why).toMatch(/^Interview in two days; 6 of 6 checklist items still to do$/);

    const moved = call(setup.api, 'updateInterview', interviewEdit(interview.id, { date: '2026-03-12' }));
    expect(byKind('interview_prep').map((reminder) => reminder.dueAt)).toEqual([moved.startsAt - PREPARE_AHEAD_MS]);
    setup.api.deleteInterview({ interviewId: interview.id });
    expect(byKind('interview_prep')).toEqual([]);
    expect(setup.database.sqlite.prepare('SELECT count(*) FROM reminders').pluck().get()).toBe(0);
  });

  it('asks how it went once it has started, and is answered by the self-assessment', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    const interview = call(setup.api, 'createInterview', interviewInput(bid.id));
    const [ask] = byKind('self_assessment');
    expect(ask).toMatchObject({ title: 'How did round 1 of “Interim CFO” go?', dueAt: takeStockAt(interview.startsAt) });
    expect(byKind('interview_prep')).toEqual([]);

    call(setup.api, 'recordSelfAssessment', { interviewId: interview.id, rating: 4 });
    expect(byKind('self_assessment')).toEqual([]);
    setup.clock.advance(DAY);
    expect(byKind('self_assessment')).toEqual([]);
  });

  it('a prep reminder once the interview has begun is done, and a self-assessment one takes its place', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    const interview = call(setup.api, 'createInterview', interviewInput(bid.id, { date: '2026-03-03', interviewers: [] }));
    expect(byKind('interview_prep')).toHaveLength(1);
    setup.clock.advance(interview.startsAt - setup.clock.now() + HOUR);
    expect(byKind('interview_prep')).toEqual([]);
    expect(byKind('self_assessment')).toHaveLength(1);
  });
});
