import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createReminderSchema } from '../../../../shared/schemas';
import { parsedBid } from '../../test-support/bid-input';
import { call } from '../../test-support/call';
import { interviewInput } from '../../test-support/interview-input';
import { tempApi } from '../../test-support/temp-database';
import { localDateTimeOf } from '../interviews/zoned-time';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

/** The file's events as a calendar application reads them: summary, UID and the instant each starts. */
function eventsOf(content: string) {
  const calendar = new ICAL.Component(ICAL.parse(content));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { uid: event.uid, summary: event.summary, description: event.description, start: event.startDate.toJSDate().getTime(), end: event.endDate.toJSDate().getTime() };
  });
}

describe('the calendar export', () => {
  it('has each open reminder and upcoming interview, at the right local times either side of a daylight-saving change', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'interview' }));
    // British Summer Time starts on 29 March 2026: one interview before, one after, both at 10:00 in London.
    call(setup.api, 'createInterview', interviewInput(bid.id, { date: '2026-03-27', time: '10:00' }));
    call(setup.api, 'createInterview', interviewInput(bid.id, { date: '2026-03-31', time: '10:00' }));
    const reminder = setup.api.createReminder(
      createReminderSchema.parse({ title: 'Send the CV', note: 'The two-page one', dueDate: '2026-03-30', dueTime: '09:30', contactId: null, bidId: bid.id }),
    );

    const file = setup.api.exportCalendar(undefined);
    expect(file.fileName).toBe('stint-2026-03-02.ics');
    const events = eventsOf(file.content);
    const interviews = events.filter((event) => event.uid.startsWith('interview-'));
    expect(interviews.map((event) => localDateTimeOf(event.start, 'Europe/London'))).toEqual([
      { date: '2026-03-27', time: '10:00' },
      { date: '2026-03-31', time: '10:00' },
    ]);
    expect(interviews.map((event) => (event.end - event.start) / 60_000)).toEqual([60, 60]);
    expect(interviews[0]?.summary).toBe('Interview (round 1): Interim CFO');

    const [remembered] = events.filter((event) => event.uid === `reminder-${reminder.id}@stint`);
    expect(remembered).toMatchObject({ summary: 'Send the CV', start: reminder.dueAt, description: 'The two-page one\nInterim CFO' });
    // Every thank-you, keep-in-touch and other open reminder is there too, each once.
    const open = setup.api.listReminders(undefined);
    expect(events.filter((event) => event.uid.startsWith('reminder-'))).toHaveLength(open.length);
  });
});
