import { describe, expect, it } from 'vitest';
import { matchKey, uniqueByMatchKey } from './match-key';

const SAME: [string, string, string][] = [
  ['letter case with accents', 'Équipe Finance Intérim', 'équipe finance intérim'],
  ['a name with diaeresis, acute and apostrophe', "Zoë Ó'Sullivan-Müller", "ZOË Ó'SULLIVAN-MÜLLER"],
  ['composed and decomposed accents (NFC, NFD)', 'Zo\u00EB M\u00FCller', 'Zoe\u0308 Mu\u0308ller'],
  ['sharp s and its capital spelling', 'Straßburg Partners', 'STRASSBURG PARTNERS'],
  ['Turkish dotted capital I', 'İstanbul Holding', 'istanbul holding'],
  ['Turkish dotted capital I and a plain capital I', 'İSTANBUL HOLDING', 'ISTANBUL HOLDING'],
  ['Greek with a final sigma', 'ΣΊΣΥΦΟΣ ΑΕ', 'σίσυφος αε'],
  ['a typographic apostrophe', 'O’Brien Associates', "O'Brien Associates"],
  ['an acute accent typed as an apostrophe', 'O´Brien Associates', "o'brien associates"],
  ['a non-breaking hyphen', 'Harrow\u2011Finch', 'harrow-finch'],
  ['surrounding and repeated spaces', '  Blue   Quay  Interim ', 'Blue Quay Interim'],
  ['a non-breaking space', 'Blue\u00A0Quay', 'blue quay'],
  ['a zero-width space pasted in', 'Ashby\u200B Partners', 'Ashby Partners'],
  ['full-width letters', 'Ｈａｙｓ', 'hays'],
  ['a ligature', 'ﬁnance partners', 'Finance Partners'],
];

const DIFFERENT: [string, string, string][] = [
  ['an umlaut and a plain vowel', 'Müller', 'Muller'],
  ['a slashed o and a plain o', 'Ørsted', 'Orsted'],
  ['an acute accent and none', 'José Reid', 'Jose Reid'],
  ['two surnames', 'Sam Reid', 'Sam Reed'],
  ['a word more', 'Ashby Partners', 'Ashby Partners Ltd'],
  ['a space taken out', 'Blue Quay', 'BlueQuay'],
  ['a hyphen taken out', 'Ann-Marie Walsh', 'Annmarie Walsh'],
];

describe('matching names and tags as a person reads them', () => {
  it.each(SAME)('treats %s as the same: "%s" ~ "%s"', (_case, one, other) => {
    expect(matchKey(one)).toBe(matchKey(other));
  });

  it.each(DIFFERENT)('keeps %s apart: "%s" ≠ "%s"', (_case, one, other) => {
    expect(matchKey(one)).not.toBe(matchKey(other));
  });

  it('keeps the first spelling of each tag', () => {
    expect(uniqueByMatchKey(['PE-backed', 'finance', 'pe-backed', 'PE‑Backed', 'Finance'])).toEqual(['PE-backed', 'finance']);
  });
});
