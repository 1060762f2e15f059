/**
 * Suggests built-in rejection reasons from feedback text, offline and explained: each suggestion names the words
 * that triggered it, so the user can judge it, and nothing is applied until they click. Phrase rules, not a
 * model (reason-phrases.ts); a phrase is ignored when the feedback negates it ("it was not because of your
 * experience", "your rate was never an issue").
 */
import type { ReasonSuggestion } from '../../../../shared/schemas';
import { REASON_PATTERNS } from './reason-phrases';

/** Where a clause ends: a negation before it does not reach past. */
const CLAUSE_BREAK = /[.!?;:,()\n–—]|\s-\s|\b(?:but|however|although|though|whereas|yet|instead|rather)\b/giu;
/** Words that negate what follows them in the same clause, within a few words. */
const NEGATION = /(?<![\p{L}])(?:not|never|no|nothing|none|neither|nor|hardly|without|nobody)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
/** Phrases that deny everything after them in the clause, however far: "nothing to do with the fact that your …". */
const DISCLAIMER = /(?<![\p{L}])(?:nothing to do with|no reflection on|(?:not|n['’]t)\s+(?:about|because|due to|down to|related to))(?![\p{L}])/iu;
/** How many words before a phrase a negation still reaches: "not because of | your experience". */
const NEGATION_REACH_WORDS = 4;
/** Negation after a phrase: "your notice period | was not an issue", "… | was never in question", "… | played no part". */
const NEGATED_AFTER = [
  /^\s*(?:was|were|is|are|has been|had been)(?:n['’]t|\s+not|\s+never)\s+(?:really\s+|actually\s+)?(?:an?\s+|the\s+|in\s+)?(?:deciding\s+)?(?:issue|problem|concern|factor|question|doubt|reason)(?![\p{L}])/iu,
  /^\s*(?:played\s+no\s+part|had\s+nothing\s+to\s+do\s+with\s+it|did(?:n['’]t|\s+not)\s+come\s+into\s+it|(?:was|were|is|are)\s+(?:absolutely\s+|perfectly\s+|completely\s+)?fine)/iu,
];
const CLAUSE_BREAK_AHEAD = new RegExp(CLAUSE_BREAK.source, 'iu');

/** How far back a clause is looked for: a negation further back than this is not read as reaching the phrase. */
const CLAUSE_LOOKBACK_CHARS = 300;

function clauseStart(text: string, at: number): number {
  const from = Math.max(0, at - CLAUSE_LOOKBACK_CHARS);
  let start = from;
  for (const match of text.slice(from, at).matchAll(CLAUSE_BREAK)) start = from + match.index + match[0].length;
  return start;
}

function negatedBefore(text: string, start: number): boolean {
  const clause = text.slice(clauseStart(text, start), start);
  const words = clause.trim().split(/\s+/).filter(Boolean);
  return NEGATION.test(words.slice(-NEGATION_REACH_WORDS).join(' ')) || DISCLAIMER.test(clause);
}

function negatedAfter(text: string, end: number): boolean {
  const rest = text.slice(end);
  const clauseEnd = rest.search(CLAUSE_BREAK_AHEAD);
  const after = clauseEnd === -1 ? rest : rest.slice(0, clauseEnd);
  return NEGATED_AFTER.some((pattern) => pattern.test(after));
}

interface Found extends ReasonSuggestion {
  start: number;
}

/**
 * Each built-in reason at most once, at its first phrase that is not negated, in the order of the text; "no reason
 * given" only when the feedback gives no other.
 */
export function suggestRejectionReasons(text: string): ReasonSuggestion[] {
  const first = new Map<string, Found>();
  for (const { reason, pattern } of REASON_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if ((first.get(reason)?.start ?? Infinity) <= start) break;
      if (negatedBefore(text, start) || negatedAfter(text, end)) continue;
      first.set(reason, { reason, phrase: match[0], start });
      break;
    }
  }
  // "Unsuccessful this time" beside a reason is not a rejection without one.
  if (first.size > 1) first.delete('no_reason_given');
  return [...first.values()].sort((a, b) => a.start - b.start).map(({ reason, phrase }) => ({ reason, phrase }));
}
