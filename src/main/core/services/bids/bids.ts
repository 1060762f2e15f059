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
import { newRecordUid } from '../../db/record-id';
import { addingBidsInBulk, BULK_BIDS_FROM } from '../../db/bids-in-bulk';
import { preparedInsert } from '../../db/prepared-insert';
import { notFound } from '../errors';
import { resolveOrganisation } from '../lookups/organisations';

type BidFieldsInput = Omit<ApiParsedInput<'updateBid'>, 'id'>;

const recruiterContact = alias(contacts, 'recruiter');
const hiringManagerContact = alias(contacts, 'hiring_manager');

type OrganisationRef = NonNullable<BidFieldsInput['client']>;
type ContactRef = NonNullable<BidFieldsInput['recruiter']>;

/** How a bid's organisations and contacts, picked or typed in, become ids. */
export interface BidRefs {
  organisation(ref: OrganisationRef, role: 'agency' | 'client'): number;
  contact(ref: ContactRef, organisationId: number | null, kind: 'recruiter' | 'hiring_manager'): number;
}

/** Each reference looked up (or created) as it comes: what a form's one bid needs. */
function refsLookedUp(db: Db, now: number): BidRefs {
  return {
    organisation: (ref, role) => resolveOrganisation(db, ref, role, now),
    contact: (ref, organisationId, kind) => resolveContact(db, ref, organisationId, now, kind),
  };
}

/**
 * The same, each name looked up once: an import of thousands of bids names the same few agencies over and over.
 * Only within one transaction, where nothing else changes what a name leads to.
 */
export function refsLookedUpOnce(db: Db, now: number): BidRefs {
  const direct = refsLookedUp(db, now);
  const byKey = new Map<string, number>();
  // Names as typed first: a spreadsheet spells an agency the same way on every row, and its key is costlier to make.
  const bySpelling = new Map<string, number>();
  const once = (kind: string, ref: OrganisationRef | ContactRef, resolve: () => number) => {
    const spelling = `${kind}:${'id' in ref ? `#${ref.id}` : ref.name}`;
    const spelled = bySpelling.get(spelling);
    if (spelled !== undefined) return spelled;
    const key = `${kind}:${'id' in ref ? `#${ref.id}` : matchKey(ref.name)}`;
    const id = byKey.get(key) ?? resolve();
    byKey.set(key, id);
    bySpelling.set(spelling, id);
    return id;
  };
  return {
    organisation: (ref, role) => once(role, ref, () => direct.organisation(ref, role)),
    contact: (ref, organisationId, kind) => once(kind, ref, () => direct.contact(ref, organisationId, kind)),
  };
}

/** The stored columns for a bid's editable fields, resolving organisations and contacts typed in by name. */
function toColumns(fields: BidFieldsInput, now: number, refs: BidRefs) {
  const clientId = fields.client ? refs.organisation(fields.client, 'client') : null;
  const agencyId = fields.agency ? refs.organisation(fields.agency, 'agency') : null;
  return {
    title: fields.title,
    clientId,
    agencyId,
    recruiterId: fields.recruiter ? refs.contact(fields.recruiter, agencyId, 'recruiter') : null,
    hiringManagerId: fields.hiringManager ? refs.contact(fields.hiringManager, clientId, 'hiring_manager') : null,
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

export interface NewBid {
  input: ApiParsedInput<'createBid'>;
  /** When it was added: now for a bid typed in, the day a spreadsheet says for one imported. */
  createdAt: number;
}

function newBidRow(now: number, refs: BidRefs, { input, createdAt }: NewBid) {
  return { ...toColumns(input, now, refs), uid: newRecordUid(now), stage: input.stage, stageChangedAt: createdAt, createdAt };
}

/**
 * Adds bids, each with its tags and the stage event that records its creation, inside the caller's transaction;
 * their ids in the same order. The one way a bid is created, whether typed in or imported by the thousand: each
 * statement is prepared once and run per row, and from BULK_BIDS_FROM bids the derived tables are filled in bulk.
 */
export function insertBids(tx: Db, now: number, bids: readonly NewBid[], refs: BidRefs = refsLookedUp(tx, now)): number[] {
  const [first] = bids;
  if (first === undefined) return [];
  const write = () => {
    const firstRow = newBidRow(now, refs, first);
    const insertBid = preparedInsert(tx, opportunities, Object.keys(firstRow) as (keyof typeof firstRow)[]);
    const insertEvent = preparedInsert(tx, stageEvents, ['uid', 'opportunityId', 'fromStage', 'toStage', 'at']);
    const insertTag = preparedInsert(tx, opportunityTags, ['opportunityId', 'tag', 'tagKey']);
    return bids.map((bid, index) => {
      const row = index === 0 ? firstRow : newBidRow(now, refs, bid);
      const id = Number(insertBid(row).lastInsertRowid);
      for (const tagText of bid.input.tags) insertTag({ opportunityId: id, tag: tagText, tagKey: matchKey(tagText) });
      insertEvent({ uid: newRecordUid(bid.createdAt), opportunityId: id, fromStage: null, toStage: bid.input.stage, at: bid.createdAt });
      return id;
    });
  };
  return bids.length >= BULK_BIDS_FROM ? addingBidsInBulk(tx, write) : write();
}

export function createBid(db: Db, now: number, input: ApiParsedInput<'createBid'>): Bid {
  const [id] = writeTransaction(db, (tx) => insertBids(tx, now, [{ input, createdAt: now }]));
  return getBid(db, now, id as number);
}

export function updateBid(db: Db, now: number, input: ApiParsedInput<'updateBid'>): Bid {
  writeTransaction(db, (tx) => {
    const { id, ...fields } = input;
    const updated = tx.update(opportunities).set(toColumns(fields, now, refsLookedUp(tx, now))).where(eq(opportunities.id, id)).run();
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
