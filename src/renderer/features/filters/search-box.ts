/** The search a box's text asks for: without surrounding spaces, and none when blank. */
export function searchOf(text: string): string | undefined {
  return text.trim() || undefined;
}

/**
 * What the search box shows once the board's search has become `applied`.
 *
 * A search the box sent itself comes back a moment later, while the user may have typed on: rewriting the box then
 * would eat the keys typed in between (or a trailing space). Only a search changed from outside (cleared, Back, an
 * address edited by hand) replaces what is in the box.
 */
export function boxTextAfter(applied: string | undefined, box: { text: string; lastSent: string | undefined }): string {
  if (applied === box.lastSent || applied === searchOf(box.text)) return box.text;
  return applied ?? '';
}
