/**
 * No nagging: a rule whose reminders for one record were dismissed three times in a row, with nothing happening in
 * between, stops for that record until something changes (an interaction, a move).
 */
export const STRIKES_BEFORE_STOPPING = 3;

/** SQL counting `rule`'s reminders dismissed for the record since `since` (SQL over the record's row). */
export function strikesSince(rule: 'keep_in_touch' | 'gone_quiet', recordColumn: 'contact_id' | 'opportunity_id', recordId: string, since: string): string {
  return `(SELECT count(*) FROM reminders s WHERE s.${recordColumn} = ${recordId} AND s.rule = '${rule}' AND s.status = 'dismissed' AND s.closed_at > ${since})`;
}
