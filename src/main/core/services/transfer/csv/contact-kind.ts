/**
 * Contacts from a spreadsheet, LinkedIn's Connections.csv above all: each row a contact, checked as the contact
 * form's are and written by the contact service. A date of connection has no field of its own on a contact (their
 * last contact is kept from logged interactions), so it goes into the notes.
 */
import { sql } from 'drizzle-orm';
import { CONTACT_KIND_LABELS, CONTACT_KINDS, CSV_FIELD_LABELS, type ContactKind } from '../../../../../shared/domain';
import { matchKey } from '../../../../../shared/match-key';
import { saveContactSchema } from '../../../../../shared/schemas';
import { issueMessagesNaming } from '../../../../../shared/validation-messages';
import type { ApiParsedInput } from '../../../../../shared/contract';
import { contactWithId } from '../../contacts/detail';
import { writeContact } from '../../contacts/save';
import { cellOf } from './bid-kind';
import { dateIn, dateInWords, readDate } from './dates';
import { FIELD_SPECS } from './fields';
import { problemsOf, type CsvKind, type Match, type RowValues } from './kind';
import { wordKey } from './words';

type ContactInput = ApiParsedInput<'saveContact'>;
const LABELS = CSV_FIELD_LABELS['csv-contacts'];
const KINDS = new Map<string, ContactKind>(CONTACT_KINDS.flatMap((kind) => [[wordKey(kind), kind] as const, [wordKey(CONTACT_KIND_LABELS[kind]), kind] as const]));
const TEXT_FIELDS = ['name', 'firstName', 'lastName', 'email', 'phone', 'organisation', 'title', 'profileUrl', 'notes'] as const;

/** The form's field a path of the contact's schema is about, as this import names it. */
function fieldOf(path: readonly PropertyKey[]): keyof typeof LABELS | null {
  const [first] = path.map(String);
  if (first === 'organisation') return 'organisation';
  return first !== undefined && first in LABELS ? (first as keyof typeof LABELS) : null;
}

const rowMessages = issueMessagesNaming((path) => {
  const field = fieldOf(path);
  return field ? LABELS[field] : '';
}, 'This row');

function nameOf(values: RowValues): string {
  return String(values.name ?? [values.firstName, values.lastName].filter(Boolean).join(' '));
}

function labelOf(name: string, organisation: string | null): string {
  return organisation ? `${name} (${organisation})` : name;
}

export const contactKind: CsvKind<ContactInput> = {
  format: 'csv-contacts',
  fields: FIELD_SPECS['csv-contacts'],
  dateField: 'connectedOn',

  mappingNeeds: (columns) => ([columns.name, columns.firstName, columns.lastName].every((column) => column === null || column === undefined) ? ['Choose the column that holds each contact’s name (or their first and last names)'] : []),

  read(cells, line, choices, problems) {
    const values: RowValues = {};
    for (const field of TEXT_FIELDS) {
      const text = cellOf(cells, choices.columns[field]);
      if (text !== '') values[field] = text;
    }
    const column = (field: string) => choices.headers[choices.columns[field] as number] ?? null;
    const kindText = cellOf(cells, choices.columns.contactKind);
    if (kindText !== '') {
      const kind = KINDS.get(wordKey(kindText));
      if (kind) values.contactKind = kind;
      else problems.push({ row: line, column: column('contactKind'), message: `${LABELS.contactKind} must be one of: ${Object.values(CONTACT_KIND_LABELS).join(', ')}` });
    }
    const connected = cellOf(cells, choices.columns.connectedOn);
    if (connected !== '') {
      const read = readDate(connected);
      const day = read && dateIn(read, choices.dateOrder ?? 'day-first');
      if (day) {
        const where = choices.recognised === 'linkedin-connections' ? ' on LinkedIn' : '';
        values.notes = [values.notes, `Connected${where} on ${dateInWords(day)}.`].filter(Boolean).join('\n\n');
        values.connectedOn = day;
      } else problems.push({ row: line, column: column('connectedOn'), message: `${LABELS.connectedOn} “${connected.slice(0, 40)}” is not a date: write it as 2024-03-14, 14/03/2024 or 14 Mar 2024` });
    }
    return values;
  },

  check(values, line, choices) {
    const candidate = {
      contactId: null,
      name: nameOf(values),
      title: values.title ?? '',
      contactKind: values.contactKind ?? null,
      organisation: values.organisation ? { name: values.organisation } : null,
      email: values.email ?? '',
      phone: values.phone ?? '',
      profileUrl: values.profileUrl ?? '',
      keyPartner: false,
      cadenceDays: null,
      notes: values.notes ?? '',
    };
    const parsed = saveContactSchema.safeParse(candidate, { error: rowMessages });
    if (parsed.success) return { input: parsed.data, problems: [] };
    const columnOf = (path: readonly PropertyKey[]) => {
      const field = fieldOf(path);
      const mapped = field === 'name' ? (choices.columns.name ?? choices.columns.firstName) : field && choices.columns[field];
      return typeof mapped === 'number' ? (choices.headers[mapped] ?? null) : null;
    };
    return { input: null, problems: problemsOf(parsed.error, line, columnOf) };
  },

  keys(values) {
    const keys = [];
    if (values.email) keys.push({ key: `email:${String(values.email).toLowerCase()}`, by: 'same email' });
    keys.push({ key: `name:${matchKey(nameOf(values))}\u0000${matchKey(String(values.organisation ?? ''))}`, by: 'same name and organisation' });
    return keys;
  },

  loadHere(db) {
    const here = new Map<string, Match>();
    const rows = db.all<{ id: number; name: string; email: string; updatedAt: number; organisation: string | null }>(
      sql`SELECT c.id, c.name, c.email, c.updated_at AS updatedAt, g.name AS organisation FROM contacts c LEFT JOIN organisations g ON g.id = c.organisation_id ORDER BY c.id`,
    );
    for (const row of rows) {
      const match = { id: row.id, label: labelOf(row.name, row.organisation), version: row.updatedAt };
      const keys = [`name:${matchKey(row.name)}\u0000${matchKey(row.organisation ?? '')}`, `byName:${matchKey(row.name)}`];
      if (row.email) keys.push(`email:${row.email.toLowerCase()}`);
      for (const key of keys) if (!here.has(key)) here.set(key, match);
    }
    return here;
  },

  clash(values, here, line) {
    // Stint keeps one contact per name (a name typed on a bid must lead to one person): the contact service refuses a second.
    const key = `byName:${matchKey(nameOf(values))}`;
    const other = here.get(key);
    if (!other) {
      here.set(key, { id: null, label: `row ${line} of this file`, version: 0 });
      return null;
    }
    const who = other.id === null ? `the contact of ${other.label}` : `already a contact, ${other.label}`;
    return `${LABELS.name}: “${nameOf(values)}” is ${who}, and Stint keeps one contact per name: merge them in Stint, or change the name in the file`;
  },

  add(tx, now, rows) {
    for (const { input } of rows) writeContact(tx, now, input);
  },

  merge(tx, now, id, values) {
    const contact = contactWithId(tx, id);
    const filled = (field: string, current: string) => (values[field] ? String(values[field]) : current);
    const notes = values.notes && !contact.notes.includes(String(values.notes)) ? [contact.notes, String(values.notes)].filter(Boolean).join('\n\n') : contact.notes;
    // The name is how they were matched, and is left as it is here.
    writeContact(
      tx,
      now,
      saveContactSchema.parse({
        contactId: id,
        name: contact.name,
        title: filled('title', contact.title),
        contactKind: (values.contactKind as ContactKind | undefined) ?? contact.contactKind,
        organisation: values.organisation ? { name: values.organisation } : contact.organisation ? { id: contact.organisation.id } : null,
        email: filled('email', contact.email),
        phone: filled('phone', contact.phone),
        profileUrl: filled('profileUrl', contact.profileUrl),
        keyPartner: contact.keyPartner,
        cadenceDays: contact.cadenceDays,
        notes,
      }),
    );
  },
};
