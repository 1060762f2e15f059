import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_PREP } from '../../../../shared/domain';
import { parsedBid } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { interviewEdit, interviewInput } from '../../test-support/interview-input';
import { tempApi } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
let bidId: number;
beforeEach(() => {
  setup = tempApi();
  bidId = setup.api.createBid(parsedBid({ client: { name: 'Northbridge Logistics' } })).id;
});
afterEach(() => setup.temp.remove());

const create = (overrides: Parameters<typeof interviewInput>[1] = {}) => call(setup.api, 'createInterview', interviewInput(bidId, overrides));

describe('adding an interview', () => {
  it('numbers rounds on from the latest when none is given, and starts from the preparation checklist of DOMAIN.md', () => {
    const first = create();
    const second = create({ date: '2026-03-05' });
    const fourth = create({ date: '2026-03-09', round: 4 });
    const next = create({ date: '2026-03-12' });

    expect([first.round, second.round, fourth.round, next.round]).toEqual([1, 2, 4, 5]);
    expect(first.prepChecklist).toEqual(DEFAULT_INTERVIEW_PREP.map((label) => ({ label, done: false })));
    expect(first).toMatchObject({ bidId, format: 'video', questions: 'Why interim rather than permanent?', selfAssessment: null, feedback: null });
  });

  it('keeps the checklist the user edited', () => {
    const prepChecklist = [
      { label: 'Read their annual report', done: true },
      { label: 'Prepare the 100-day plan', done: false },
    ];
    expect(create({ prepChecklist }).prepChecklist).toEqual(prepChecklist);
  });

  it('creates interviewers typed in as contacts of the client, reuses one typed in another spelling, and lists them alphabetically', () => {
    const first = create({ interviewers: [{ name: 'Dana Whitfield' }, { name: 'Ola Brandt' }] });
    const second = create({ interviewers: [{ name: 'dana  WHITFIELD' }, { name: 'Dana Whitfield' }] });

    expect(first.interviewers.map((person) => person.name)).toEqual(['Dana Whitfield', 'Ola Brandt']);
    expect(second.interviewers).toEqual([first.interviewers[0]]);
    const client = setup.database.sqlite.prepare('SELECT organisation_id AS org FROM contacts WHERE name = ?').get('Ola Brandt') as { org: number };
    expect(client.org).toBe(setup.api.getBid({ id: bidId }).client?.id);
  });

  it('takes interviewers picked from the contacts by id', () => {
    const recruiter = setup.api.getBid({ id: bidId }).recruiter;
    expect(create({ interviewers: [{ id: recruiter!.id }] }).interviewers).toEqual([recruiter]);
  });

  it('refuses an interview for a bid that no longer exists', () => {
    setup.api.deleteBid({ id: bidId });
    expect(() => create()).toThrow('That bid no longer exists');
  });
});

describe('the time of an interview, in the time zone it was entered in', () => {
  it('stores the instant and reads it back as typed, the same clock time being a different instant in each zone', () => {
    const london = create({ date: '2026-07-01', time: '14:00', timeZone: 'Europe/London' });
    const newYork = create({ date: '2026-07-01', time: '14:00', timeZone: 'America/New_York' });
    const winter = create({ date: '2026-01-15', time: '14:00', timeZone: 'Europe/London' });

    expect(london.startsAt).toBe(Date.UTC(2026, 6, 1, 13, 0)); // British Summer Time is UTC+1
    expect(newYork.startsAt).toBe(Date.UTC(2026, 6, 1, 18, 0)); // Eastern Daylight Time is UTC−4
    expect(winter.startsAt).toBe(Date.UTC(2026, 0, 15, 14, 0));
    for (const interview of [london, newYork, winter]) expect(interview.time).toBe('14:00');
    expect(call(setup.api, 'listInterviews', { bidId }).map((interview) => [interview.date, interview.time, interview.timeZone])).toEqual([
      ['2026-01-15', '14:00', 'Europe/London'],
      ['2026-07-01', '14:00', 'Europe/London'],
      ['2026-07-01', '14:00', 'America/New_York'],
    ]);
  });

  it('stores a zone under its canonical name', () => {
    expect(create({ timeZone: 'europe/london' }).timeZone).toBe('Europe/London');
    expect(create({ timeZone: 'US/Eastern' }).timeZone).toBe('America/New_York');
  });

  it('refuses a time the clocks skip when they go forward, naming the time and the zone', () => {
    expect(() => create({ date: '2026-03-29', time: '01:30', timeZone: 'Europe/London' })).toThrow(
      '01:30 does not exist on 29 Mar 2026 in Europe/London: the clocks go forward then.',
    );
    expect(create({ date: '2026-03-29', time: '02:30', timeZone: 'Europe/London' }).startsAt).toBe(Date.UTC(2026, 2, 29, 1, 30));
  });

  it('lists a bid’s interviews by when they start, whatever their round or zone', () => {
    create({ date: '2026-03-10', round: 2 });
    create({ date: '2026-03-10', time: '09:00', timeZone: 'Asia/Singapore', round: 3 }); // 01:00 in London
    create({ date: '2026-03-03', round: 1 });
    expect(call(setup.api, 'listInterviews', { bidId }).map((interview) => interview.round)).toEqual([1, 3, 2]);
  });
});

describe('changing and deleting an interview', () => {
  it('replaces its fields and interviewers', () => {
    const interview = create();
    const updated = call(setup.api, 'updateInterview', {
      ...interviewEdit(interview.id),
      round: 2,
      format: 'panel',
      time: '15:30',
      interviewers: [{ name: 'Ola Brandt' }],
      prepChecklist: [{ label: 'Rehearse the presentation', done: true }],
      questions: 'What would you do in the first 30 days?',
      notes: 'Panel of three',
    });
    expect(updated).toMatchObject({
      round: 2,
      format: 'panel',
      time: '15:30',
      interviewers: [{ name: 'Ola Brandt' }],
      prepChecklist: [{ label: 'Rehearse the presentation', done: true }],
      questions: 'What would you do in the first 30 days?',
      notes: 'Panel of three',
    });
    expect(call(setup.api, 'listInterviews', { bidId })).toEqual([updated]);
  });

  it('refuses to move an assessed interview into the future, and allows correcting its time in the past', () => {
    const interview = create();
    call(setup.api, 'recordSelfAssessment', { interviewId: interview.id, rating: 4 });
    const edit = interviewEdit(interview.id);

    expect(() => call(setup.api, 'updateInterview', { ...edit, date: '2026-03-09' })).toThrow('its time cannot be moved into the future');
    expect(call(setup.api, 'updateInterview', { ...edit, time: '11:00' }).time).toBe('11:00');
  });

  it('deletes an interview with its interviewers but keeps the contacts; deleting the bid deletes its interviews', () => {
    const interview = create();
    create({ date: '2026-02-20' });
    expect(call(setup.api, 'deleteInterview', { interviewId: interview.id })).toEqual({ id: interview.id });
    expect(call(setup.api, 'listInterviews', { bidId })).toHaveLength(1);
    expect(() => call(setup.api, 'deleteInterview', { interviewId: interview.id })).toThrow('That interview no longer exists');
    expect(setup.api.searchContacts({ query: 'Dana', limit: 5 })).toHaveLength(1);

    setup.api.deleteBid({ id: bidId });
    const left = setup.database.sqlite.prepare('SELECT count(*) AS n FROM interviews').get() as { n: number };
    expect(left.n).toBe(0);
  });
});
