/**
 * Two duplicate contacts, or organisations, made one: every link to the one merged away moves to the one kept, in
 * one transaction, and the one kept takes any details it lacked. Asked without `confirm`, it only says what would
 * move, so that the confirmation can say it in words.
 */
import { eq, sql } from 'drizzle-orm';
import type { ApiOutput, ApiParsedInput } from '../../../../shared/contract';
import type { Db } from '../../db/open';
import { contacts, organisations } from '../../db/schema';
import { readTransaction, writeTransaction } from '../../db/transactions';
import { notFound } from '../errors';

interface Link {
  /** What moves, in words, for one and for many ("bid as recruiter", "bids as recruiter"). */
  one: string;
  many: string;
  table: string;
  column: string;
  /** For a link table whose key includes the column: rows the kept record already has are dropped, not doubled. */
  keyedBy?: string;
  /** Which of the rows to count in the preview, if not all (SQL over the table's row). */
  counted?: string;
}

/**
 * Rules whose reminders are made for a contact (their trigger names the contact): the duplicate's are deleted
 * rather than moved, and the rules make what is due for the contact kept, once, from its own history.
 */
const PER_CONTACT_RULES = `'keep_in_touch', 'door_open'`;

const CONTACT_LINKS: Link[] = [
  { one: 'bid as recruiter', many: 'bids as recruiter', table: 'opportunities', column: 'recruiter_id' },
  { one: 'bid as hiring manager', many: 'bids as hiring manager', table: 'opportunities', column: 'hiring_manager_id' },
  { one: 'interview as interviewer', many: 'interviews as interviewer', table: 'interviewers', column: 'contact_id', keyedBy: 'interview_id' },
  { one: 'interview’s feedback', many: 'interviews’ feedback', table: 'interviews', column: 'feedback_from_id' },
  { one: 'rejection’s feedback', many: 'rejections’ feedback', table: 'rejection_outcomes', column: 'feedback_from_id' },
  { one: 'interaction', many: 'interactions', table: 'interaction_contacts', column: 'contact_id', keyedBy: 'interaction_id' },
  {
    one: 'open reminder',
    many: 'open reminders',
    table: 'reminders',
    column: 'contact_id',
    counted: `status = 'open' AND (rule IS NULL OR rule NOT IN (${PER_CONTACT_RULES}))`,
  },
];

const ORGANISATION_LINKS: Link[] = [
  { one: 'contact', many: 'contacts', table: 'contacts', column: 'organisation_id' },
  { one: 'bid as client', many: 'bids as client', table: 'opportunities', column: 'client_id' },
  { one: 'bid as agency', many: 'bids as agency', table: 'opportunities', column: 'agency_id' },
];

function countOf(db: Db, link: Link, id: number): number {
  const counted = sql.raw(link.counted ?? '1');
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM ${sql.identifier(link.table)} WHERE ${sql.identifier(link.column)} = ${id} AND ${counted}`).n;
}

function move(db: Db, link: Link, from: number, to: number): void {
  const table = sql.identifier(link.table);
  const column = sql.identifier(link.column);
  if (link.keyedBy) {
    const key = sql.identifier(link.keyedBy);
    db.run(sql`INSERT OR IGNORE INTO ${table} (${key}, ${column}) SELECT ${key}, ${to} FROM ${table} WHERE ${column} = ${from}`);
    db.run(sql`DELETE FROM ${table} WHERE ${column} = ${from}`);
  } else {
    db.run(sql`UPDATE ${table} SET ${column} = ${to} WHERE ${column} = ${from}`);
  }
}

/** Two notes kept both, the merged one's under the kept one's. */
const joinNotes = (kept: string, merged: string) => (merged === '' || kept.includes(merged) ? kept : kept === '' ? merged : `${kept}\n\n${merged}`);
const orKept = (kept: string, merged: string) => (kept === '' ? merged : kept);

function mergeContactDetails(db: Db, keepId: number, mergeId: number, now: number): void {
  const [keep, gone] = [keepId, mergeId].map((id) => db.select().from(contacts).where(eq(contacts.id, id)).get());
  if (!keep || !gone) throw notFound('contact');
  db.update(contacts)
    .set({
      title: orKept(keep.title, gone.title),
      kind: keep.kind ?? gone.kind,
      organisationId: keep.organisationId ?? gone.organisationId,
      email: orKept(keep.email, gone.email),
      phone: orKept(keep.phone, gone.phone),
      profileUrl: orKept(keep.profileUrl, gone.profileUrl),
      keyPartner: keep.keyPartner || gone.keyPartner,
      cadenceDays: keep.cadenceDays ?? gone.cadenceDays,
      notes: joinNotes(keep.notes, gone.notes),
      createdAt: Math.min(keep.createdAt, gone.createdAt),
      updatedAt: now,
    })
    .where(eq(contacts.id, keepId))
    .run();
}

function mergeOrganisationDetails(db: Db, keepId: number, mergeId: number, now: number): void {
  const [keep, gone] = [keepId, mergeId].map((id) => db.select().from(organisations).where(eq(organisations.id, id)).get());
  if (!keep || !gone) throw notFound('organisation');
  db.update(organisations)
    .set({
      kind: keep.kind === gone.kind ? keep.kind : 'both',
      website: orKept(keep.website, gone.website),
      notes: joinNotes(keep.notes, gone.notes),
      updatedAt: now,
    })
    .where(eq(organisations.id, keepId))
    .run();
}

/** What a merge would move, in words; checks both records exist. */
function movesOf(db: Db, input: ApiParsedInput<'merge'>): string[] {
  const table = input.what === 'contacts' ? contacts : organisations;
  for (const id of [input.keepId, input.mergeId]) {
    if (!db.select({ id: table.id }).from(table).where(eq(table.id, id)).get()) throw notFound(input.what === 'contacts' ? 'contact' : 'organisation');
  }
  return (input.what === 'contacts' ? CONTACT_LINKS : ORGANISATION_LINKS).flatMap((link) => {
    const n = countOf(db, link, input.mergeId);
    return n === 0 ? [] : [`${n} ${n === 1 ? link.one : link.many}`];
  });
}

export function merge(db: Db, now: number, input: ApiParsedInput<'merge'>): ApiOutput<'merge'> {
  if (!input.confirm) return readTransaction(db, (tx) => ({ merged: false, moves: movesOf(tx, input) }));
  return writeTransaction(db, (tx) => {
    const moves = movesOf(tx, input);
    if (input.what === 'contacts') {
      mergeContactDetails(tx, input.keepId, input.mergeId, now);
      tx.run(sql`DELETE FROM reminders WHERE contact_id = ${input.mergeId} AND rule IN (${sql.raw(PER_CONTACT_RULES)})`);
      for (const link of CONTACT_LINKS) move(tx, link, input.mergeId, input.keepId);
      tx.delete(contacts).where(eq(contacts.id, input.mergeId)).run();
    } else {
      mergeOrganisationDetails(tx, input.keepId, input.mergeId, now);
      for (const link of ORGANISATION_LINKS) move(tx, link, input.mergeId, input.keepId);
      tx.delete(organisations).where(eq(organisations.id, input.mergeId)).run();
    }
    return { merged: true, moves };
  });
}
