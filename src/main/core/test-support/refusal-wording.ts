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

/** The field names a message about `path` may start with: its own, or one of its parents'. */
export function namesFor(path: PropertyKey[]): string[] {
  const names = path.map((_, at) => fieldLabel(path.slice(0, at + 1)));
  return [...names, ...names.map((name) => name.split(' ')[0] as string), ...SCHEMA_SUBJECTS, 'This request'];
}

/** Whether `message`, reported at the field `key`, starts by naming it (or a parent), or the unknown key it refuses. */
export function namesItsField(message: string, key: string): boolean {
  if (/^"[^"]+" (?:is not a field|and )/.test(message)) return true;
  return namesFor(pathOf(key)).some((name) => message.toLowerCase().startsWith(name.toLowerCase()));
}
