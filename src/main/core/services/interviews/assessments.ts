/**
 * "Take stock right after the call, then compare with the feedback": the user's own rating, accepted once the
 * interview has started and stamped when saved, and the feedback, recorded apart and stamped when first recorded.
 * Comparing the two stamps tells whether the self-assessment was the user's own view or came after the verdict.
 */
import { eq } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { Interview } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { interviews } from '../../db/schema';
import { resolveContact } from '../lookups/contacts';
import { notFound } from '../errors';
import { getInterview } from './read';
import { localDateTimeOf, readableDate, todayIn } from './zoned-time';

function startOf(db: Db, id: number) {
  const row = db
    .select({ startsAt: interviews.startsAt, timeZone: interviews.timeZone, feedbackRecordedAt: interviews.feedbackRecordedAt })
    .from(interviews)
    .where(eq(interviews.id, id))
    .get();
  if (!row) throw notFound('interview');
  return { ...row, ...localDateTimeOf(row.startsAt, row.timeZone) };
}

/** "3 Mar 2026 at 10:00 (Europe/London)". */
function whenInWords(start: { date: string; time: string; timeZone: string }): string {
  return `${readableDate(start.date)} at ${start.time} (${start.timeZone})`;
}

/**
 * Saves the self-assessment, stamped `now`. Saving it again re-stamps it: a rating changed after the feedback
 * came in is no longer the user's own view, and `selfBeforeFeedback` then says so.
 */
export function recordSelfAssessment(db: Db, now: number, input: ApiParsedInput<'recordSelfAssessment'>): Interview {
  writeTransaction(db, (tx) => {
    const start = startOf(tx, input.interviewId);
    if (start.startsAt > now) {
      throw new ApiError('CONFLICT', `This interview has not happened yet: it starts on ${whenInWords(start)}. Rate how it went once it is over.`);
    }
    tx.update(interviews)
      .set({ selfRating: input.rating, selfNote: input.note, selfAssessedAt: now, updatedAt: now })
      .where(eq(interviews.id, input.interviewId))
      .run();
  });
  return getInterview(db, now, input.interviewId);
}

function refuseField(field: string, message: string): never {
  throw new ApiError('VALIDATION', message, { [field]: message });
}

/**
 * Saves the feedback. It may come before any self-assessment (allowed: the feedback is worth keeping; a
 * self-assessment saved afterwards is marked as not predating it). Editing it keeps the first stamp, so that
 * correcting a typo in the feedback never makes a later self-assessment look earlier than the verdict.
 * "Received on" is a day on the interview's clock: not before the interview, not after today.
 */
export function recordFeedback(db: Db, now: number, input: ApiParsedInput<'recordFeedback'>): Interview {
  writeTransaction(db, (tx) => {
    const start = startOf(tx, input.interviewId);
    if (start.startsAt > now) {
      throw new ApiError('CONFLICT', `This interview has not happened yet: it starts on ${whenInWords(start)}. Record feedback once it is over.`);
    }
    if (input.receivedOn > todayIn(start.timeZone, now)) refuseField('receivedOn', 'Received on cannot be in the future');
    if (input.receivedOn < start.date) {
      refuseField('receivedOn', `Received on cannot be before the interview, on ${readableDate(start.date)}`);
    }
    const fromId = input.from ? resolveContact(tx, input.from, null, now) : null;
    tx.update(interviews)
      .set({
        feedbackRating: input.rating,
        feedbackText: input.text,
        feedbackFromId: fromId,
        feedbackReceivedOn: input.receivedOn,
        feedbackRecordedAt: start.feedbackRecordedAt ?? now,
        updatedAt: now,
      })
      .where(eq(interviews.id, input.interviewId))
      .run();
  });
  return getInterview(db, now, input.interviewId);
}
