import { asc, count, desc } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { opportunityTags } from '../../db/schema';

/**
 * Every tag in use, once, alphabetically: bids may spell one tag differently ("PE-backed", "pe-backed"), and
 * the spelling most bids use is the one offered (the filter matches them all).
 */
export function listTags(db: Db): string[] {
  const uses = count();
  const spellings = db
    .select({ key: opportunityTags.tagKey, tag: opportunityTags.tag })
    .from(opportunityTags)
    .groupBy(opportunityTags.tagKey, opportunityTags.tag)
    .orderBy(asc(opportunityTags.tagKey), desc(uses), asc(opportunityTags.tag))
    .all();
  const byKey = new Map<string, string>();
  for (const { key, tag } of spellings) if (!byKey.has(key)) byKey.set(key, tag);
  return [...byKey.values()];
}
