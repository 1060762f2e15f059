import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsedBid } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { interviewInput } from '../../test-support/interview-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let setup: ReturnType<typeof tempApi>;
let bidId: number;
beforeEach(() => {
  setup = tempApi();
  bidId = setup.api.createBid(parsedBid()).id;
});
afterEach(() => setup.temp.remove());

const create = (overrides: Parameters<typeof interviewInput>[1] = {}) => call(setup.api, 'createInterview', interviewInput(bidId, overrides));
const assess = (interviewId: number, rating: number, note = '') => call(setup.api, 'recordSelfAssessment', { interviewId, rating, note });
const feedback = (interviewId: number, rating: number, receivedOn = '2026-03-02') =>
  call(setup.api, 'recordFeedback', { interviewId, rating, text: 'They wanted more sector experience.', from: { name: 'Priya Patel' }, receivedOn });

describe('the self-assessment', () => {
  it('is refused before the interview starts, saying when it starts, and accepted from its start time on', () => {
    // TEST_NOW is 09:00 in London; this one starts at 09:30.
    const interview = create({ date: '2026-03-02', time: '09:30' });
    expect(interview.hasTakenPlace).toBe(false);
    expect(() => assess(interview.id, 4)).toThrow('This interview has not happened yet: it starts on 2 Mar 2026 at 09:30 (Europe/London).');

    setup.clock.advance(30 * MINUTE);
    const assessed = assess(interview.id, 4, 'Good rapport with the CFO');
    expect(assessed.hasTakenPlace).toBe(true);
    expect(assessed.selfAssessment).toEqual({ rating: 4, note: 'Good rapport with the CFO', assessedAt: TEST_NOW + 30 * MINUTE });
  });

  it('is stamped again when changed, and kept after a reload', () => {
    const interview = create();
    assess(interview.id, 3);
    setup.clock.advance(HOUR);
    assess(interview.id, 2, 'On reflection, weak on the ERP question');
    expect(call(setup.api, 'listInterviews', { bidId })[0]?.selfAssessment).toEqual({
      rating: 2,
      note: 'On reflection, weak on the ERP question',
      assessedAt: TEST_NOW + HOUR,
    });
  });

  it('is refused for an interview deleted meanwhile', () => {
    const interview = create();
    call(setup.api, 'deleteInterview', { interviewId: interview.id });
    expect(() => assess(interview.id, 3)).toThrow('That interview no longer exists');
  });
});

describe('feedback and the calibration gap', () => {
  it('records feedback apart from the self-assessment, and the gap is feedback minus self', () => {
    const interview = create();
    assess(interview.id, 5, 'Nailed it');
    setup.clock.advance(HOUR);
    const withFeedback = feedback(interview.id, 2);

    expect(withFeedback.selfAssessment?.rating).toBe(5);
    expect(withFeedback.feedback).toEqual({
      rating: 2,
      text: 'They wanted more sector experience.',
      from: { id: expect.any(Number), name: 'Priya Patel' },
      receivedOn: '2026-03-02',
      recordedAt: TEST_NOW + HOUR,
    });
    expect(withFeedback.calibrationGap).toBe(-3);
    expect(withFeedback.selfBeforeFeedback).toBe(true);
  });

  it('has no gap until both are in', () => {
    const interview = create();
    expect(interview.calibrationGap).toBeNull();
    expect(assess(interview.id, 3).calibrationGap).toBeNull();
    const other = create({ date: '2026-02-26' });
    expect(feedback(other.id, 4).calibrationGap).toBeNull();
    expect(feedback(other.id, 4).selfBeforeFeedback).toBeNull();
  });

  it('accepts feedback before any self-assessment; a self-assessment saved after it is marked as not predating it', () => {
    const interview = create();
    feedback(interview.id, 4);
    setup.clock.advance(HOUR);
    const late = assess(interview.id, 2);
    expect(late.calibrationGap).toBe(2);
    expect(late.selfBeforeFeedback).toBe(false);
  });

  it('keeps the feedback’s first stamp when it is edited, and re-saving the self-assessment afterwards no longer predates it', () => {
    const interview = create();
    assess(interview.id, 4);
    setup.clock.advance(HOUR);
    feedback(interview.id, 3);
    setup.clock.advance(HOUR);
    const corrected = feedback(interview.id, 2);
    expect(corrected.feedback?.recordedAt).toBe(TEST_NOW + HOUR);
    expect(corrected.selfBeforeFeedback).toBe(true);

    setup.clock.advance(HOUR);
    const revised = assess(interview.id, 3);
    expect(revised.selfBeforeFeedback).toBe(false);
    expect(revised.calibrationGap).toBe(-1);
  });

  it('is refused before the interview has taken place', () => {
    const interview = create({ date: '2026-03-04' });
    expect(() => feedback(interview.id, 3, '2026-03-02')).toThrow('This interview has not happened yet: it starts on 4 Mar 2026 at 10:00 (Europe/London). Record feedback once it is over.');
  });

  it('refuses a day received before the interview or after today, naming the field', () => {
    const interview = create();
    expect(() => feedback(interview.id, 3, '2026-03-03')).toThrow('Received on cannot be in the future');
    expect(() => feedback(interview.id, 3, '2026-02-26')).toThrow('Received on cannot be before the interview, on 27 Feb 2026');
    try {
      feedback(interview.id, 3, '2026-03-03');
    } catch (error) {
      expect(error).toMatchObject({ code: 'VALIDATION', fields: { receivedOn: 'Received on cannot be in the future' } });
    }
    expect(feedback(interview.id, 3, '2026-02-27').feedback?.receivedOn).toBe('2026-02-27');
  });

  it('reads "today" on the interview’s own clock', () => {
    // 20:00 in London is already 09:00 the next morning in Auckland.
    setup.clock.advance(11 * HOUR);
    const auckland = create({ timeZone: 'Pacific/Auckland' });
    const london = create();
    expect(feedback(auckland.id, 3, '2026-03-03').feedback?.receivedOn).toBe('2026-03-03');
    expect(() => feedback(london.id, 3, '2026-03-03')).toThrow('Received on cannot be in the future');
  });

  it('takes the person it came from, or no one', () => {
    const interview = create();
    const recruiter = setup.api.getBid({ id: bidId }).recruiter;
    const named = call(setup.api, 'recordFeedback', { interviewId: interview.id, rating: 3, from: { id: recruiter!.id }, receivedOn: '2026-03-02' });
    expect(named.feedback?.from).toEqual(recruiter);
    const anonymous = call(setup.api, 'recordFeedback', { interviewId: interview.id, rating: 3, receivedOn: '2026-03-02' });
    expect(anonymous.feedback).toMatchObject({ from: null, text: '' });
  });
});
