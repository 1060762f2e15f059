/** Adding, changing and deleting a bid's interviews. */
import { eq, max } from 'drizzle-orm';
import type { ApiOutput, ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import { INTERVIEW_LIMITS, type Interview } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { interviewers, interviews, opportunities } from '../../db/schema';
import { resolveContact } from '../lookups/contacts';
import { notFound } from '../errors';
import { getInterview } from './read';
import { instantOf } from './zoned-time';

type InterviewFields = Omit<ApiParsedInput<'updateInterview'>, 'interviewId' | 'round'>;

function clientOf(db: Db, bidId: number): number | null {
  const bid = db.select({ clientId: opportunities.clientId }).from(opportunities).where(eq(opportunities.id, bidId)).get();
  if (!bid) throw notFound('bid');
  return bid.clientId;
}

function toColumns(fields: InterviewFields, now: number) {
  return {
    startsAt: instantOf(fields, fields.timeZone),
    timeZone: fields.timeZone,
    format: fields.format,
    prepChecklist: fields.prepChecklist,
    questions: fields.questions,
    notes: fields.notes,
    updatedAt: now,
  };
}

/**
 * Sets the interview's interviewers. A name typed in becomes a contact of the bid's client (interviewers are the
 * client's people), or is matched to an existing contact of that name; one person named twice is kept once.
 */
function replaceInterviewers(db: Db, interviewId: number, clientId: number | null, refs: InterviewFields['interviewers'], now: number): void {
  db.delete(interviewers).where(eq(interviewers.interviewId, interviewId)).run();
  const contactIds = new Set(refs.map((ref) => resolveContact(db, ref, clientId, now)));
  if (contactIds.size > 0) db.insert(interviewers).values([...contactIds].map((contactId) => ({ interviewId, contactId }))).run();
}

export function createInterview(db: Db, now: number, input: ApiParsedInput<'createInterview'>): Interview {
  const id = writeTransaction(db, (tx) => {
    const { bidId, round, interviewers: people, ...fields } = input;
    const clientId = clientOf(tx, bidId);
    const latest = tx.select({ round: max(interviews.round) }).from(interviews).where(eq(interviews.opportunityId, bidId)).get()?.round ?? 0;
    const { id: created } = tx
      .insert(interviews)
      .values({ ...toColumns({ ...fields, interviewers: people }, now), opportunityId: bidId, round: round ?? Math.min(latest + 1, INTERVIEW_LIMITS.rounds), createdAt: now })
      .returning({ id: interviews.id })
      .get();
    replaceInterviewers(tx, created, clientId, people, now);
    return created;
  });
  return getInterview(db, now, id);
}

export function updateInterview(db: Db, now: number, input: ApiParsedInput<'updateInterview'>): Interview {
  writeTransaction(db, (tx) => {
    const { interviewId, round, ...fields } = input;
    const current = tx
      .select({ bidId: interviews.opportunityId, selfAssessedAt: interviews.selfAssessedAt, feedbackRecordedAt: interviews.feedbackRecordedAt })
      .from(interviews)
      .where(eq(interviews.id, interviewId))
      .get();
    if (!current) throw notFound('interview');
    const columns = toColumns(fields, now);
    // An assessed interview has happened: moving it into the future would leave a verdict on a meeting yet to come.
    if (columns.startsAt > now && (current.selfAssessedAt !== null || current.feedbackRecordedAt !== null)) {
      const message = 'This interview already has a self-assessment or feedback, so it has taken place: its time cannot be moved into the future.';
      throw new ApiError('CONFLICT', message, { date: message });
    }
    tx.update(interviews).set({ ...columns, round }).where(eq(interviews.id, interviewId)).run();
    replaceInterviewers(tx, interviewId, clientOf(tx, current.bidId), fields.interviewers, now);
  });
  return getInterview(db, now, input.interviewId);
}

export function deleteInterview(db: Db, id: number): ApiOutput<'deleteInterview'> {
  return writeTransaction(db, (tx) => {
    const deleted = tx.delete(interviews).where(eq(interviews.id, id)).run();
    if (deleted.changes === 0) throw notFound('interview');
    return { id };
  });
}
