/**
 * When two spellings of a name or a tag are the same to a person. Organisations, contacts and tags are
 * stored as typed and found again through this key, so "Équipe Finance Intérim" typed once and
 * "équipe  finance intérim" typed later are one agency, and "PE-backed" and "pe-backed" one tag.
 *
 * The key is stored beside the name (and a migration computes it for existing rows through a SQLite function
 * that calls this code), so changing what counts as "the same" needs a migration that recomputes the keys.
 */

/** Apostrophes and primes people type or word processors substitute for the straight one. */
const APOSTROPHES = /[\u2018\u2019\u201B\u2032\u02BC\u0060\u00B4]/g;
/** Hyphens and dashes that stand in for the hyphen-minus in a double-barrelled name. */
const HYPHENS = /[\u2010\u2011\u2012\u2013\u2212]/g;
/** Characters that show nothing (zero-width spaces and joiners, soft hyphens, byte-order marks). */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;
const RUNS_OF_SPACE = /\s+/gu;
/** What lower-casing "İ" leaves: an "i" with a combining dot, which is an "i" to anyone reading it. */
const DOTTED_I = /i\u0307/g;

/**
 * The form under which two spellings match: compatibility-normalised (NFC and NFD forms, full-width letters and
 * ligatures agree), case-folded fully (upper- then lower-casing turns "ß" into "ss" and folds "İ", "ı" and "I"
 * together), typographic apostrophes and hyphens made plain, invisible characters dropped, and spaces
 * collapsed and trimmed. Accents stay significant: "Müller" and "Muller" are different people.
 */
export function matchKey(text: string): string {
  // Apostrophes first: compatibility normalisation would turn "´" into a space and a combining accent.
  return text
    .replace(APOSTROPHES, "'")
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(RUNS_OF_SPACE, ' ')
    .trim()
    .toUpperCase()
    .toLowerCase()
    .replace(DOTTED_I, 'i')
    .normalize('NFC');
}

/** `items` without later ones whose key repeats an earlier one's: the first spelling wins. */
export function uniqueByMatchKey(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = matchKey(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
