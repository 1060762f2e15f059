/** Reading interviews back as the contract describes them: local time in their zone, interviewers, the gap. */
import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Interview } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { contacts, interviewers, interviews } from '../../db/schema';
import { notFound } from '../errors';
import { localDateTimeOf } from './zoned-time';

const feedbackFrom = alias(contacts, 'feedback_from');

function selectInterviews(db: Db) {
  return db
    .select({ interview: interviews, from: { id: feedbackFrom.id, name: feedbackFrom.name } })
    .from(interviews)
    .leftJoin(feedbackFrom, eq(feedbackFrom.id, interviews.feedbackFromId));
}

type InterviewRow = Awaited<ReturnType<ReturnType<typeof selectInterviews>['all']>>[number];
type NamedRef = { id: number; name: string };

/** The interviewers of each interview, alphabetically: one query for all of them. */
function interviewersOf(db: Db, interviewIds: number[]): Map<number, NamedRef[]> {
  const byInterview = new Map<number, NamedRef[]>();
  if (interviewIds.length === 0) return byInterview;
  const rows = db
    .select({ interviewId: interviewers.interviewId, id: contacts.id, name: contacts.name })
    .from(interviewers)
    .innerJoin(contacts, eq(contacts.id, interviewers.contactId))
    .where(inArray(interviewers.interviewId, interviewIds))
    .orderBy(asc(contacts.nameKey), asc(contacts.id))
    .all();
  for (const { interviewId, id, name } of rows) {
    const list = byInterview.get(interviewId) ?? [];
    list.push({ id, name });
    byInterview.set(interviewId, list);
  }
  return byInterview;
}

function toInterview({ interview: row, from }: InterviewRow, people: NamedRef[], now: number): Interview {
  const self =
    row.selfRating !== null && row.selfAssessedAt !== null ? { rating: row.selfRating, note: row.selfNote, assessedAt: row.selfAssessedAt } : null;
  const feedback =
    row.feedbackRating !== null && row.feedbackRecordedAt !== null && row.feedbackReceivedOn !== null
      ? { rating: row.feedbackRating, text: row.feedbackText, from, receivedOn: row.feedbackReceivedOn, recordedAt: row.feedbackRecordedAt }
      : null;
  return {
    id: row.id,
    bidId: row.opportunityId,
    round: row.round,
    startsAt: row.startsAt,
    timeZone: row.timeZone,
    ...localDateTimeOf(row.startsAt, row.timeZone),
    format: row.format,
    interviewers: people,
    prepChecklist: row.prepChecklist,
    questions: row.questions,
    notes: row.notes,
    hasTakenPlace: row.startsAt <= now,
    selfAssessment: self,
    feedback,
    calibrationGap: self && feedback ? feedback.rating - self.rating : null,
    selfBeforeFeedback: self && feedback ? self.assessedAt < feedback.recordedAt : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A bid's interviews, earliest first (rounds in order when two share a time). */
export function listInterviews(db: Db, now: number, bidId: number): Interview[] {
  const rows = selectInterviews(db)
    .where(eq(interviews.opportunityId, bidId))
    .orderBy(asc(interviews.startsAt), asc(interviews.round), asc(interviews.id))
    .all();
  const people = interviewersOf(
    db,
    rows.map((row) => row.interview.id),
  );
  return rows.map((row) => toInterview(row, people.get(row.interview.id) ?? [], now));
}

export function getInterview(db: Db, now: number, id: number): Interview {
  const row = selectInterviews(db).where(eq(interviews.id, id)).get();
  if (!row) throw notFound('interview');
  return toInterview(row, interviewersOf(db, [id]).get(id) ?? [], now);
}
