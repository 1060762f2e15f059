import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { briefCompleteness, type Priority } from '../../../../shared/domain';
import type { ApiOutput, ApiParsedInput } from '../../../../shared/contract';
import { matchKey } from '../../../../shared/match-key';
import type { Bid } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { contacts, opportunities, opportunityTags, stageEvents } from '../../db/schema';
import { agencyOrg, clientOrg, daysSince, toRate } from '../board/cards';
import { resolveContact } from '../lookups/contacts';
import { interviewToAssessSql } from '../interviews/awaiting';
import { notFound } from '../errors';
import { resolveOrganisation } from '../lookups/organisations';

type BidFieldsInput = Omit<ApiParsedInput<'updateBid'>, 'id'>;

const recruiterContact = alias(contacts, 'recruiter');
const hiringManagerContact = alias(contacts, 'hiring_manager');

/** The stored columns for a bid's editable fields, resolving organisations and contacts typed in by name. */
function toColumns(db: Db, fields: BidFieldsInput, now: number) {
  const clientId = fields.client ? resolveOrganisation(db, fields.client, 'client', now) : null;
  const agencyId = fields.agency ? resolveOrganisation(db, fields.agency, 'agency', now) : null;
  return {
    title: fields.title,
    clientId,
    agencyId,
    recruiterId: fields.recruiter ? resolveContact(db, fields.recruiter, agencyId, now, 'recruiter') : null,
    hiringManagerId: fields.hiringManager ? resolveContact(db, fields.hiringManager, clientId, now, 'hiring_manager') : null,
    source: fields.source,
    engagement: fields.engagement,
    rateMinor: fields.rate ? Math.round(fields.rate.amount * 100) : null,
    rateCurrency: fields.rate?.currency ?? null,
    rateUnit: fields.rate?.unit ?? null,
    durationValue: fields.durationValue,
    durationUnit: fields.durationUnit,
    expectedStart: fields.expectedStart,
    expectedEnd: fields.expectedEnd,
    location: fields.location,
    remoteMode: fields.remoteMode,
    ir35: fields.ir35,
    priority: fields.priority,
    notes: fields.notes,
    briefText: fields.briefText,
    briefChecklist: fields.briefChecklist,
    briefCompleteness: briefCompleteness(fields.briefChecklist),
    updatedAt: now,
  };
}

/** Stores the tags as spelled; the schema has already dropped repeats of one tag in another spelling. */
function replaceTags(db: Db, opportunityId: number, tags: string[]): void {
  db.delete(opportunityTags).where(eq(opportunityTags.opportunityId, opportunityId)).run();
  if (tags.length > 0) db.insert(opportunityTags).values(tags.map((tag) => ({ opportunityId, tag, tagKey: matchKey(tag) }))).run();
}

export function createBid(db: Db, now: number, input: ApiParsedInput<'createBid'>): Bid {
  const id = writeTransaction(db, (tx) => {
    const { id: created } = tx
      .insert(opportunities)
      .values({ ...toColumns(tx, input, now), stage: input.stage, stageChangedAt: now, createdAt: now })
      .returning({ id: opportunities.id })
      .get();
    replaceTags(tx, created, input.tags);
    tx.insert(stageEvents).values({ opportunityId: created, fromStage: null, toStage: input.stage, at: now }).run();
    return created;
  });
  return getBid(db, now, id);
}

export function updateBid(db: Db, now: number, input: ApiParsedInput<'updateBid'>): Bid {
  writeTransaction(db, (tx) => {
    const { id, ...fields } = input;
    const updated = tx.update(opportunities).set(toColumns(tx, fields, now)).where(eq(opportunities.id, id)).run();
    if (updated.changes === 0) throw notFound('bid');
    replaceTags(tx, id, fields.tags);
  });
  return getBid(db, now, input.id);
}

export function getBid(db: Db, now: number, id: number): Bid {
  const row = db
    .select({
      bid: opportunities,
      client: { id: clientOrg.id, name: clientOrg.name },
      agency: { id: agencyOrg.id, name: agencyOrg.name },
      recruiter: { id: recruiterContact.id, name: recruiterContact.name },
      hiringManager: { id: hiringManagerContact.id, name: hiringManagerContact.name },
      interviewToAssess: interviewToAssessSql(now),
    })
    .from(opportunities)
    .leftJoin(clientOrg, eq(clientOrg.id, opportunities.clientId))
    .leftJoin(agencyOrg, eq(agencyOrg.id, opportunities.agencyId))
    .leftJoin(recruiterContact, eq(recruiterContact.id, opportunities.recruiterId))
    .leftJoin(hiringManagerContact, eq(hiringManagerContact.id, opportunities.hiringManagerId))
    .where(eq(opportunities.id, id))
    .get();
  if (!row) throw notFound('bid');
  const { bid } = row;
  const tags = db
    .select({ tag: opportunityTags.tag })
    .from(opportunityTags)
    .where(eq(opportunityTags.opportunityId, id))
    .orderBy(asc(opportunityTags.tagKey))
    .all()
    .map((tagRow) => tagRow.tag);
  const history = db
    .select({ id: stageEvents.id, from: stageEvents.fromStage, to: stageEvents.toStage, at: stageEvents.at, note: stageEvents.note })
    .from(stageEvents)
    .where(eq(stageEvents.opportunityId, id))
    .orderBy(asc(stageEvents.id))
    .all();
  return {
    id: bid.id,
    title: bid.title,
    client: row.client,
    agency: row.agency,
    recruiter: row.recruiter,
    hiringManager: row.hiringManager,
    source: bid.source,
    engagement: bid.engagement,
    rate: toRate(bid.rateMinor, bid.rateCurrency, bid.rateUnit),
    durationValue: bid.durationValue,
    durationUnit: bid.durationUnit,
    expectedStart: bid.expectedStart,
    expectedEnd: bid.expectedEnd,
    location: bid.location,
    remoteMode: bid.remoteMode,
    ir35: bid.ir35,
    stage: bid.stage,
    priority: bid.priority as Priority,
    tags,
    notes: bid.notes,
    briefText: bid.briefText,
    briefChecklist: bid.briefChecklist,
    briefCompleteness: bid.briefCompleteness,
    stageChangedAt: bid.stageChangedAt,
    daysInStage: daysSince(bid.stageChangedAt, now),
    createdAt: bid.createdAt,
    updatedAt: bid.updatedAt,
    archived: bid.archivedAt !== null,
    interviewToAssess: row.interviewToAssess,
    history,
  };
}

export function setArchived(db: Db, now: number, input: ApiParsedInput<'setArchived'>): Bid {
  return writeTransaction(db, (tx) => {
    const updated = tx
      .update(opportunities)
      .set({ archivedAt: input.archived ? now : null, updatedAt: now })
      .where(eq(opportunities.id, input.id))
      .run();
    if (updated.changes === 0) throw notFound('bid');
    return getBid(tx, now, input.id);
  });
}

/** Deletes a bid; its tags, stage events and search entry go with it (cascade and trigger). */
export function deleteBid(db: Db, id: number): ApiOutput<'deleteBid'> {
  return writeTransaction(db, (tx) => {
    const deleted = tx.delete(opportunities).where(eq(opportunities.id, id)).run();
    if (deleted.changes === 0) throw notFound('bid');
    return { id };
  });
}
