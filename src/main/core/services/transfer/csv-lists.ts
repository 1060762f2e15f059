/**
 * Each list the CSV export writes (bids, contacts, interactions, reminders): one row per record, in the order they
 * were made, as the user reads it in the app. Headers are the app's own field labels where it has one (a CSV import
 * recognises them), linked records are named rather than numbered, enums are in the words the UI shows, dates are
 * `YYYY-MM-DD` and times the user's local `YYYY-MM-DD HH:mm`, and the record's uid is the last column.
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  CONTACT_KIND_LABELS,
  ENGAGEMENT_LABELS,
  INTERACTION_CHANNEL_LABELS,
  IR35_LABELS,
  PRIORITY_LABELS,
  RATE_UNIT_LABELS,
  REMINDER_KIND_LABELS,
  REMINDER_STATUS_LABELS,
  REMOTE_MODE_LABELS,
  SOURCE_LABELS,
  STAGE_LABELS,
  type ContactKind,
  type CsvList,
  type Engagement,
  type InteractionChannel,
  type Ir35Status,
  type Priority,
  type RateUnit,
  type ReminderKind,
  type ReminderStatus,
  type RemoteMode,
  type Source,
  type Stage,
} from '../../../../shared/domain';
import { fieldLabel } from '../../../../shared/field-labels';
import type { Db } from '../../db/open';
import { readTransaction } from '../../db/transactions';
import { localDateAt, localDateTimeAt, localTimeAt } from '../contracts/calendar-days';
import { csvText, type CsvCell, type CsvColumn } from './csv-text';

/** What every row has: its uid and the times it was made and last changed. */
interface Stamped {
  uid: string;
  createdAt: number;
  updatedAt: number;
}

/** The app's label of a form field (`rate.amount` → "Rate amount"): the header a CSV import maps back. */
const labelOf = (path: string) => fieldLabel(path.split('.'));
const column = <Row>(header: string, cell: (row: Row) => CsvCell): CsvColumn<Row> => ({ header, cell });
const labelled = <Row>(path: string, cell: (row: Row) => CsvCell) => column(labelOf(path), cell);
const inWords = <T extends string | number>(labels: Record<T, string>, value: T | null): string | null => (value === null ? null : labels[value]);
const yesNo = (value: number | null): string => (value ? 'Yes' : 'No');
const dateTime = (at: number | null): string | null => (at === null ? null : localDateTimeAt(at));

/** Made, last changed, and the uid last: the columns every list ends with. */
const stampColumns = <Row extends Stamped>(): CsvColumn<Row>[] => [
  column('Created', (row) => localDateTimeAt(row.createdAt)),
  column('Updated', (row) => localDateTimeAt(row.updatedAt)),
  column('uid', (row) => row.uid),
];

interface ListSpec<Row extends Stamped> {
  rows: SQL;
  columns: CsvColumn<Row>[];
}

interface BidRow extends Stamped {
  title: string;
  client: string | null;
  agency: string | null;
  recruiter: string | null;
  hiringManager: string | null;
  stage: Stage;
  source: Source;
  engagement: Engagement;
  rateMinor: number | null;
  rateCurrency: string | null;
  rateUnit: RateUnit | null;
  durationValue: number | null;
  durationUnit: string;
  expectedStart: string | null;
  expectedEnd: string | null;
  location: string;
  remoteMode: RemoteMode | null;
  ir35: Ir35Status;
  priority: Priority;
  tags: string | null;
  notes: string;
  briefText: string;
  stageChangedAt: number;
  archived: number;
}

const bids: ListSpec<BidRow> = {
  rows: sql`SELECT o.uid, o.title, c.name AS client, a.name AS agency, r.name AS recruiter, h.name AS hiringManager,
      o.stage, o.source, o.engagement, o.rate_minor AS rateMinor, o.rate_currency AS rateCurrency, o.rate_unit AS rateUnit,
      o.duration_value AS durationValue, o.duration_unit AS durationUnit, o.expected_start AS expectedStart, o.expected_end AS expectedEnd,
      o.location, o.remote_mode AS remoteMode, o.ir35, o.priority,
      (SELECT group_concat(t.tag, ', ' ORDER BY t.rowid) FROM opportunity_tags t WHERE t.opportunity_id = o.id) AS tags,
      o.notes, o.brief_text AS briefText, o.stage_changed_at AS stageChangedAt, o.archived_at IS NOT NULL AS archived,
      o.created_at AS createdAt, o.updated_at AS updatedAt
    FROM opportunities o
      LEFT JOIN organisations c ON c.id = o.client_id LEFT JOIN organisations a ON a.id = o.agency_id
      LEFT JOIN contacts r ON r.id = o.recruiter_id LEFT JOIN contacts h ON h.id = o.hiring_manager_id
    ORDER BY o.id`,
  columns: [
    labelled('title', (bid) => bid.title),
    labelled('client', (bid) => bid.client),
    labelled('agency', (bid) => bid.agency),
    labelled('recruiter', (bid) => bid.recruiter),
    labelled('hiringManager', (bid) => bid.hiringManager),
    labelled('stage', (bid) => STAGE_LABELS[bid.stage]),
    labelled('source', (bid) => SOURCE_LABELS[bid.source]),
    labelled('engagement', (bid) => ENGAGEMENT_LABELS[bid.engagement]),
    // Stored in minor units: the amount as typed (850, 1250.5), its currency and unit in columns of their own.
    labelled('rate.amount', (bid) => (bid.rateMinor === null ? null : bid.rateMinor / 100)),
    labelled('rate.currency', (bid) => bid.rateCurrency),
    labelled('rate.unit', (bid) => inWords(RATE_UNIT_LABELS, bid.rateUnit)),
    labelled('durationValue', (bid) => bid.durationValue),
    labelled('durationUnit', (bid) => (bid.durationValue === null ? null : bid.durationUnit)),
    labelled('expectedStart', (bid) => bid.expectedStart),
    labelled('expectedEnd', (bid) => bid.expectedEnd),
    labelled('location', (bid) => bid.location),
    labelled('remoteMode', (bid) => inWords(REMOTE_MODE_LABELS, bid.remoteMode)),
    labelled('ir35', (bid) => IR35_LABELS[bid.ir35]),
    labelled('priority', (bid) => PRIORITY_LABELS[bid.priority]),
    labelled('tags', (bid) => bid.tags),
    labelled('notes', (bid) => bid.notes),
    labelled('briefText', (bid) => bid.briefText),
    column('Stage changed', (bid) => localDateTimeAt(bid.stageChangedAt)),
    labelled('archived', (bid) => yesNo(bid.archived)),
    ...stampColumns<BidRow>(),
  ],
};

interface ContactRow extends Stamped {
  name: string;
  title: string;
  kind: ContactKind | null;
  organisation: string | null;
  email: string;
  phone: string;
  profileUrl: string;
  keyPartner: number;
  cadenceDays: number | null;
  lastContactAt: number | null;
  notes: string;
}

const contacts: ListSpec<ContactRow> = {
  rows: sql`SELECT p.uid, p.name, p.title, p.kind, o.name AS organisation, p.email, p.phone, p.profile_url AS profileUrl,
      p.key_partner AS keyPartner, p.cadence_days AS cadenceDays, p.last_contact_at AS lastContactAt, p.notes,
      p.created_at AS createdAt, p.updated_at AS updatedAt
    FROM contacts p LEFT JOIN organisations o ON o.id = p.organisation_id
    ORDER BY p.id`,
  columns: [
    labelled('name', (contact) => contact.name),
    labelled('title', (contact) => contact.title),
    labelled('contactKind', (contact) => inWords(CONTACT_KIND_LABELS, contact.kind)),
    labelled('organisation', (contact) => contact.organisation),
    labelled('email', (contact) => contact.email),
    labelled('phone', (contact) => contact.phone),
    labelled('profileUrl', (contact) => contact.profileUrl),
    labelled('keyPartner', (contact) => yesNo(contact.keyPartner)),
    labelled('cadenceDays', (contact) => contact.cadenceDays),
    column('Last contact', (contact) => dateTime(contact.lastContactAt)),
    labelled('notes', (contact) => contact.notes),
    ...stampColumns<ContactRow>(),
  ],
};

interface InteractionRow extends Stamped {
  occurredAt: number;
  channel: InteractionChannel;
  contacts: string | null;
  bid: string | null;
  summary: string;
}

const interactions: ListSpec<InteractionRow> = {
  rows: sql`SELECT i.uid, i.occurred_at AS occurredAt, i.channel,
      (SELECT group_concat(c.name, ', ' ORDER BY ic.rowid) FROM interaction_contacts ic JOIN contacts c ON c.id = ic.contact_id
        WHERE ic.interaction_id = i.id) AS contacts,
      o.title AS bid, i.summary, i.created_at AS createdAt, i.updated_at AS updatedAt
    FROM interactions i LEFT JOIN opportunities o ON o.id = i.opportunity_id
    ORDER BY i.id`,
  columns: [
    // The day and the time apart, as the form that logs one takes them.
    labelled('date', (interaction) => localDateAt(interaction.occurredAt)),
    labelled('time', (interaction) => localTimeAt(interaction.occurredAt)),
    labelled('channel', (interaction) => INTERACTION_CHANNEL_LABELS[interaction.channel]),
    labelled('contacts', (interaction) => interaction.contacts),
    column('Bid', (interaction) => interaction.bid),
    labelled('summary', (interaction) => interaction.summary),
    ...stampColumns<InteractionRow>(),
  ],
};

interface ReminderRow extends Stamped {
  title: string;
  kind: ReminderKind;
  dueAt: number;
  status: ReminderStatus;
  snoozedUntil: number | null;
  why: string;
  contact: string | null;
  bid: string | null;
  closedAt: number | null;
}

const reminders: ListSpec<ReminderRow> = {
  rows: sql`SELECT r.uid, r.title, r.kind, r.due_at AS dueAt, r.status, r.snoozed_until AS snoozedUntil, r.why,
      c.name AS contact, o.title AS bid, r.closed_at AS closedAt, r.created_at AS createdAt, r.updated_at AS updatedAt
    FROM reminders r LEFT JOIN contacts c ON c.id = r.contact_id LEFT JOIN opportunities o ON o.id = r.opportunity_id
    ORDER BY r.id`,
  columns: [
    labelled('title', (reminder) => reminder.title),
    column('Kind', (reminder) => REMINDER_KIND_LABELS[reminder.kind]),
    labelled('dueDate', (reminder) => localDateAt(reminder.dueAt)),
    labelled('dueTime', (reminder) => localTimeAt(reminder.dueAt)),
    column('Status', (reminder) => REMINDER_STATUS_LABELS[reminder.status]),
    column('Snoozed until', (reminder) => dateTime(reminder.snoozedUntil)),
    // A rule's reminder keeps why it exists here; the user's, the note typed with it.
    labelled('note', (reminder) => reminder.why),
    column('Contact', (reminder) => reminder.contact),
    column('Bid', (reminder) => reminder.bid),
    column('Closed', (reminder) => dateTime(reminder.closedAt)),
    ...stampColumns<ReminderRow>(),
  ],
};

function listText<Row extends Stamped>(db: Db, spec: ListSpec<Row>): string {
  return csvText(spec.columns, readTransaction(db, (tx) => tx.all<Row>(spec.rows)));
}

/** One list as CSV text, ready to save. */
export function exportCsv(db: Db, list: CsvList): string {
  switch (list) {
    case 'bids':
      return listText(db, bids);
    case 'contacts':
      return listText(db, contacts);
    case 'interactions':
      return listText(db, interactions);
    case 'reminders':
      return listText(db, reminders);
  }
}

/** The header rows Stint's own bids and contacts CSV are written with: a CSV import recognises them. */
export const STINT_CSV_HEADERS = { 'csv-bids': bids.columns.map((each) => each.header), 'csv-contacts': contacts.columns.map((each) => each.header) } as const;
