/** What a refusal's words are checked against: they name the field, and never fall back on zod's own wording. */
import { fieldLabel } from '../../../shared/field-labels';

/** zod's own wording, which must never reach the user ("Expected start", "Received on", "Feedback received on" are fields' names, not zod's). */
export const GENERIC_WORDING = /invalid input|\bexpected\b(?! (?:start|end)\b)|(?<!feedback )received(?! on\b)|too big|too small|unrecognized key/i;

/** Subjects the schemas' own messages use, kept as they are ("Organisation name is required"). */
const SCHEMA_SUBJECTS = ['Organisation name', 'Contact name', 'A tag', 'The end date', 'Skill name', 'Action kind', 'Action status'];

/** `briefChecklist.0.label` → ['briefChecklist', 0, 'label'], as zod reported it. */
export function pathOf(key: string): PropertyKey[] {
  return key === '' ? [] : key.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The labels of the field at `path` and of each object or list holding it: "Checklist", "Checklist item 1 text". */
function labelsFor(path: PropertyKey[]): string[] {
  return path.map((_, at) => fieldLabel(path.slice(0, at + 1)));
}

/** The field names a message about `path` may start with: its own, or one of its parents'. */
export function namesFor(path: PropertyKey[]): string[] {
  const labels = labelsFor(path);
  return [...labels, ...labels.map((name) => name.split(' ')[0] as string), ...SCHEMA_SUBJECTS, 'This request'];
}

/**
 * Whether `message`, reported at the field `key`, names it (or a parent): first, by its label or the label's
 * last word ("Step must be…" for "Chart point step"), or within, by that word ("A bid can have at most 20 tags");
 * or names the unknown key it refuses.
 */
export function namesItsField(message: string, key: string): boolean {
  if (/^"[^"]+" (?:is not a field|and )/.test(message)) return true;
  const lower = message.toLowerCase();
  // "id" is every id's last word, and says nothing on its own.
  const lastWords = labelsFor(pathOf(key))
    .map((label) => label.toLowerCase().match(/[\p{L}\d]+/gu)?.at(-1) ?? '')
    .filter((word) => word !== '' && word !== 'id');
  return [...namesFor(pathOf(key)).map((name) => name.toLowerCase()), ...lastWords].some((name) => lower.startsWith(name)) || lastWords.some((word) => new RegExp(`\\b${word}\\b`).test(lower));
}

/** Whether `message` names the field at `key` by its full label, as one about two fields does ("Contact id or Bid id: …"). */
export function mentionsField(message: string, key: string): boolean {
  const label = fieldLabel(pathOf(key));
  return label !== '' && message.toLowerCase().includes(label.toLowerCase());
}
