/** A contact's page: their fields, the cadence that applies, and every bid they are on and as what. */
import { eq, sql } from 'drizzle-orm';
import type { Contact } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { contacts } from '../../db/schema';
import { notFound } from '../errors';
import { getSettings } from '../settings/settings';
import { CONTACTS, toContactRow, type ContactSqlRow } from './list';

type BidRole = Contact['bids'][number]['roles'][number];

export function contactWithId(db: Db, id: number): Contact {
  const row = db.get<ContactSqlRow | undefined>(sql`SELECT * FROM (${CONTACTS}) WHERE id = ${id}`);
  const stored = db.select().from(contacts).where(eq(contacts.id, id)).get();
  if (!row || !stored) throw notFound('contact');
  const settings = getSettings(db);
  const kindCadence = stored.keyPartner ? settings.keyPartnerCadenceDays : stored.kind === 'recruiter' ? settings.recruiterCadenceDays : null;
  const roles = db.all<{ id: number; title: string; stage: Contact['bids'][number]['stage']; role: BidRole }>(sql`
    SELECT o.id, o.title, o.stage, 'recruiter' AS role FROM opportunities o WHERE o.recruiter_id = ${id}
    UNION ALL SELECT o.id, o.title, o.stage, 'hiring_manager' FROM opportunities o WHERE o.hiring_manager_id = ${id}
    UNION ALL SELECT DISTINCT o.id, o.title, o.stage, 'interviewer' FROM interviewers v JOIN interviews i ON i.id = v.interview_id
      JOIN opportunities o ON o.id = i.opportunity_id WHERE v.contact_id = ${id}
    UNION ALL SELECT DISTINCT o.id, o.title, o.stage, 'feedback' FROM rejection_outcomes r JOIN opportunities o ON o.id = r.opportunity_id
      WHERE r.feedback_from_id = ${id}
    ORDER BY 1 DESC`);
  const bids = new Map<number, Contact['bids'][number]>();
  for (const { id: bidId, title, stage, role } of roles) {
    const bid = bids.get(bidId) ?? { id: bidId, title, stage, roles: [] };
    if (!bid.roles.includes(role)) bid.roles.push(role);
    bids.set(bidId, bid);
  }
  return {
    ...toContactRow(row),
    email: stored.email,
    phone: stored.phone,
    profileUrl: stored.profileUrl,
    cadenceDays: stored.cadenceDays,
    effectiveCadenceDays: stored.cadenceDays ?? kindCadence,
    notes: stored.notes,
    bids: [...bids.values()],
  };
}
