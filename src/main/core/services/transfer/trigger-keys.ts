/**
 * A rule-made reminder's trigger names the records it answers by their local ids (`contact:12@…`), which mean
 * nothing on another machine: an export names them by uid instead (`contact:0190…@…`), and an import turns the
 * uids back into this database's ids, so that the rules here find their own reminders and make none twice.
 *
 * A record a trigger names may be gone (a closed thank-you whose move was undone): it is written `gone-<the
 * reminder's uid>`, which no rule ever matches and which is unique to that reminder.
 */
import { RECORD_KIND_SINGULAR, type ReminderKind } from '../../../../shared/domain';
import type { TranslatedField, UidKind } from './kinds';

/** Each rule's trigger: `{kind}` is a record of that kind, `{}` any text (a time, a date). The rules write these. */
export const TRIGGER_FORMS: Record<Exclude<ReminderKind, 'manual'>, string> = {
  keep_in_touch: 'contact:{contacts}@{}',
  thank_you: 'closing:{stageEvents}',
  feedback_follow_up: 'feedback:{outcomes}@{}',
  door_open: 'door:{bids}@{}:{contacts}',
  interview_prep: 'interview:{interviews}@{}',
  self_assessment: 'interview:{interviews}@{}',
  pipeline_cover: 'cover:{contracts}@{}',
  skills_mot: 'mot:{skillReviews}',
  gone_quiet: 'quiet:{bids}@{}',
};

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const GONE = `gone-${UUID}`;

/** A trigger form, parsed: its text and slots in order. */
interface Form {
  parts: string[];
  /** Each slot: the kind of record it names, or null for free text. */
  slots: (UidKind | null)[];
  local: RegExp;
  exported: RegExp;
}

function compile(form: string): Form {
  const parts = form.split(/(\{[a-zA-Z]*\})/).filter((part) => part !== '');
  const isSlot = (part: string) => part.startsWith('{');
  const pattern = (reference: string) =>
    new RegExp(`^${parts.map((part) => (part === '{}' ? '([^@:]*)' : isSlot(part) ? `(${reference}|${GONE})` : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('')}$`);
  return {
    parts,
    slots: parts.filter(isSlot).map((part) => (part === '{}' ? null : (part.slice(1, -1) as UidKind))),
    local: pattern('\\d+'),
    exported: pattern(UUID),
  };
}

const FORMS = new Map(Object.entries(TRIGGER_FORMS).map(([rule, form]) => [rule, compile(form)]));

/** The form of `record`'s rule and the values in its trigger's slots, if the trigger has that form. */
function slotsOf(record: Record<string, unknown>, which: 'local' | 'exported'): { form: Form; values: string[] } | null {
  const key = record.triggerKey;
  const form = typeof record.rule === 'string' ? FORMS.get(record.rule) : undefined;
  const match = form && typeof key === 'string' ? key.match(form[which]) : null;
  return form && match ? { form, values: match.slice(1) } : null;
}

/** The trigger written again with the slots' new values. */
function build(form: Form, values: string[]): string {
  let slot = 0;
  return form.parts.map((part) => (part.startsWith('{') ? values[slot++] : part)).join('');
}

export const triggerKeyField: TranslatedField = {
  field: 'triggerKey',
  references(record) {
    const found = slotsOf(record, 'local');
    if (!found) return [];
    return found.form.slots.flatMap((kind, index) => {
      const value = found.values[index] as string;
      return kind === null || value.startsWith('gone-') ? [] : [{ to: kind, id: Number(value) }];
    });
  },
  toExport(record, uidOf, ownUid) {
    const found = slotsOf(record, 'local');
    if (!found) return (record.triggerKey as string | null) ?? null;
    const values = found.values.map((value, index) => {
      const kind = found.form.slots[index] ?? null;
      return kind === null || value.startsWith('gone-') ? value : (uidOf(kind, Number(value)) ?? `gone-${ownUid}`);
    });
    return build(found.form, values);
  },
  toLocal(record, localIdOf) {
    const key = record.triggerKey as string | null;
    const found = slotsOf(record, 'exported');
    if (!found) {
      const local = slotsOf(record, 'local');
      return local && local.form.slots.some((kind) => kind !== null)
        ? { problem: 'Trigger key names records by their number in the database it came from, which means nothing here; an export names them by uid' }
        : { value: key };
    }
    const values: string[] = [];
    for (const [index, value] of found.values.entries()) {
      const kind = found.form.slots[index] ?? null;
      if (kind === null || value.startsWith('gone-')) {
        values.push(value);
        continue;
      }
      const id = localIdOf(kind, value);
      if (id === undefined) return { problem: `Trigger key names a ${RECORD_KIND_SINGULAR[kind]} (uid ${value}) that is neither in the file nor here` };
      values.push(String(id));
    }
    return { value: build(found.form, values) };
  },
};
