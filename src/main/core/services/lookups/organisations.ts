import { and, asc, eq, or } from 'drizzle-orm';
import type { OrganisationKind } from '../../../../shared/domain';
import { matchKey } from '../../../../shared/match-key';
import type { ApiParsedInput, ApiOutput } from '../../../../shared/contract';
import type { Db } from '../../db/open';
import { organisations } from '../../db/schema';
import { notFound } from '../errors';
import { containsText } from './like-pattern';

type OrganisationRef = { id: number } | { name: string };

/**
 * The id of an organisation picked from the list, or of the one typed in: an existing organisation whose name
 * reads the same (any case, accents composed or not, spacing, apostrophes) is reused, so typing "hays" after
 * "Hays" never makes two agencies.
 */
export function resolveOrganisation(db: Db, ref: OrganisationRef, role: 'agency' | 'client', now: number): number {
  if ('id' in ref) {
    const found = db.select({ id: organisations.id, kind: organisations.kind }).from(organisations).where(eq(organisations.id, ref.id)).get();
    if (!found) throw notFound('organisation');
    widenKind(db, found, role, now);
    return found.id;
  }
  const nameKey = matchKey(ref.name);
  const existing = db
    .select({ id: organisations.id, kind: organisations.kind })
    .from(organisations)
    .where(eq(organisations.nameKey, nameKey))
    .get();
  if (existing) {
    widenKind(db, existing, role, now);
    return existing.id;
  }
  const created = db
    .insert(organisations)
    .values({ name: ref.name, nameKey, kind: role, createdAt: now, updatedAt: now })
    .returning({ id: organisations.id })
    .get();
  return created.id;
}

/** An agency that is also named as a client (or the reverse) becomes `both`, so it shows in both pickers. */
function widenKind(db: Db, org: { id: number; kind: OrganisationKind }, role: 'agency' | 'client', now: number): void {
  if (org.kind === role || org.kind === 'both') return;
  db.update(organisations).set({ kind: 'both', updatedAt: now }).where(eq(organisations.id, org.id)).run();
}

export function searchOrganisations(db: Db, input: ApiParsedInput<'searchOrganisations'>): ApiOutput<'searchOrganisations'> {
  const kindFilter = input.kind ? or(eq(organisations.kind, input.kind), eq(organisations.kind, 'both')) : undefined;
  const query = input.query.trim();
  const nameFilter = query ? containsText(organisations.nameKey, matchKey(query)) : undefined;
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(and(kindFilter, nameFilter))
    .orderBy(asc(organisations.nameKey))
    .limit(input.limit)
    .all();
}
