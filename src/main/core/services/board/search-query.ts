/** The most words of a search that are passed on; more only slows the match without narrowing it usefully. */
const MAX_WORDS = 12;

/**
 * Turns what the user typed into an FTS5 query: every word must match as a prefix ("transf" finds
 * "transformation"), and nothing the user types is read as FTS syntax. Null when there is no word to look for.
 */
export function toFtsQuery(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return null;
  return words
    .slice(0, MAX_WORDS)
    .map((word) => `"${word}"*`)
    .join(' ');
}
