import { CSV_FIELD_LABELS } from './domain/csv-import';

/** A CSV import's mapping, `columns.title`: "Column for Title", for the fields of either format. */
const CSV_COLUMN_LABELS = Object.fromEntries(
  Object.values(CSV_FIELD_LABELS).flatMap((labels) => Object.entries(labels).map(([key, label]) => [`columns.${key}`, `Column for ${label}`])),
);

/**
 * Every field of the API's inputs as the user knows it: the form's own label where there is one. A path such as
 * `rate.amount` or `briefChecklist.2.label` is named as a whole ("Rate amount", "Checklist item 3 text"); `#`
 * stands for a list index, counted from 1.
 */
const FIELD_LABELS: Record<string, string> = {
  id: 'Bid id',
  title: 'Title',
  client: 'Client',
  'client.id': 'Client id',
  'client.name': 'Client name',
  agency: 'Agency',
  'agency.id': 'Agency id',
  'agency.name': 'Agency name',
  recruiter: 'Recruiter',
  'recruiter.id': 'Recruiter id',
  'recruiter.name': 'Recruiter name',
  hiringManager: 'Hiring manager',
  'hiringManager.id': 'Hiring manager id',
  'hiringManager.name': 'Hiring manager name',
  source: 'Source',
  engagement: 'Engagement',
  rate: 'Rate',
  'rate.amount': 'Rate amount',
  'rate.currency': 'Currency',
  'rate.unit': 'Rate unit',
  durationValue: 'Duration',
  durationUnit: 'Duration unit',
  expectedStart: 'Expected start',
  expectedEnd: 'Expected end',
  location: 'Location',
  remoteMode: 'Remote mode',
  ir35: 'IR35 status',
  stage: 'Stage',
  priority: 'Priority',
  tags: 'Tags',
  'tags.#': 'Tag #',
  notes: 'Notes',
  briefText: 'Brief',
  briefChecklist: 'Checklist',
  'briefChecklist.#': 'Checklist item #',
  'briefChecklist.#.label': 'Checklist item # text',
  'briefChecklist.#.done': 'Checklist item # ticked',
  to: 'Stage',
  note: 'Note',
  eventId: 'Move to undo (its event id)',
  archived: 'Archived',
  filters: 'Filters',
  'filters.text': 'Search',
  'filters.agencies': 'Agencies',
  'filters.agencies.#': 'Agency #',
  'filters.engagement': 'Engagement',
  'filters.tags': 'Tags',
  'filters.tags.#': 'Tag #',
  'filters.stages': 'Stages',
  'filters.stages.#': 'Stage #',
  'filters.archived': 'Archived',
  'filters.from': 'Start of the date range',
  'filters.to': 'End of the date range',
  'filters.sources': 'Sources',
  'filters.sources.#': 'Source #',
  point: 'Chart point',
  pageSize: 'Page size',
  offset: 'Offset',
  limit: 'Limit',
  query: 'Search',
  kind: 'Organisation kind',
  bidId: 'Bid id',
  interviewId: 'Interview id',
  round: 'Round',
  date: 'Date',
  time: 'Time',
  timeZone: 'Time zone',
  format: 'Format',
  interviewers: 'Interviewers',
  'interviewers.#': 'Interviewer #',
  'interviewers.#.id': 'Interviewer # id',
  'interviewers.#.name': 'Interviewer # name',
  prepChecklist: 'Preparation checklist',
  'prepChecklist.#': 'Checklist item #',
  'prepChecklist.#.label': 'Checklist item # text',
  'prepChecklist.#.done': 'Checklist item # ticked',
  questions: 'Questions they asked',
  channel: 'Channel',
  contacts: 'Contacts',
  'contacts.#': 'Contact #',
  'contacts.#.id': 'Contact # id',
  'contacts.#.name': 'Contact # name',
  summary: 'Summary',
  contactId: 'Contact id',
  until: 'Snooze until',
  dueDate: 'Due date',
  dueTime: 'Due time',
  contactKind: 'Kind',
  keyPartnersOnly: 'Key partners only',
  overdueOnly: 'Overdue only',
  sort: 'Sort',
  name: 'Name',
  backup: 'Backup',
  file: 'The file',
  token: 'The preview’s token',
  columns: 'Columns',
  ...CSV_COLUMN_LABELS,
  dateOrder: 'Date order',
  stages: 'Status words',
  'stages.#': 'Status word #',
  'stages.#.word': 'Status word # text',
  'stages.#.stage': 'Stage for status word #',
  duplicates: 'Duplicates',
  skipBadRows: 'Leave out bad rows',
  folder: 'Backup folder',
  organisation: 'Organisation',
  'organisation.id': 'Organisation id',
  'organisation.name': 'Organisation name',
  organisationId: 'Organisation id',
  email: 'Email',
  phone: 'Phone',
  profileUrl: 'Profile link',
  keyPartner: 'Key partner',
  cadenceDays: 'Cadence',
  website: 'Website',
  what: 'What to merge',
  keepId: 'Record to keep',
  mergeId: 'Record to merge away',
  confirm: 'Confirm',
  keyPartnerCadenceDays: 'Key partner cadence',
  recruiterCadenceDays: 'Recruiter cadence',
  liveBidsTarget: 'Live bids target',
  workingDays: 'Working days',
  'workingDays.#': 'Working day #',
  notifications: 'Notifications',
  reminderId: 'Reminder id',
  rating: 'Rating',
  startOn: 'Start',
  plannedEndOn: 'Planned end',
  actualEndOn: 'Actual end',
  toEndOn: 'New end',
  skillId: 'Skill id',
  actionId: 'Action id',
  outcomeId: 'Rejection id',
  reviewId: 'MOT id',
  skill: 'Skill',
  'skill.id': 'Skill id',
  'skill.name': 'Skill name',
  'skill.level': 'Level',
  level: 'Level',
  evidence: 'Evidence',
  lastReviewedOn: 'Last reviewed',
  targetOn: 'Target date',
  label: 'Reason',
  text: 'Feedback',
  from: 'Feedback from',
  'from.id': 'Feedback from (contact id)',
  'from.name': 'Feedback from (name)',
  receivedOn: 'Received on',
  feedbackText: 'Feedback',
  reasonId: 'Reason id',
  reasonIds: 'Reasons',
  'reasonIds.#': 'Reason #',
  closingEventId: 'Closing move (its event id)',
  feedbackFrom: 'Feedback from',
  'feedbackFrom.id': 'Feedback from (contact id)',
  'feedbackFrom.name': 'Feedback from (name)',
};

/** `hiringManager` → "Hiring manager": for a key no label names, and for the keys of a nested object. */
export function keyInWords(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The field at `path` in words; empty for the input as a whole. */
export function fieldLabel(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  const pattern = path.map((segment) => (typeof segment === 'number' ? '#' : String(segment))).join('.');
  const positions = path.filter((segment): segment is number => typeof segment === 'number').map((index) => String(index + 1));
  const named = FIELD_LABELS[pattern];
  if (named) return named.replace(/#/g, () => positions.shift() ?? '#');
  return withParent(fieldLabel(path.slice(0, -1)), path);
}

/**
 * The field at `path` spelled out from its keys alone ("Brief checklist item 3 label"), for documents whose
 * fields are not the forms' (an import's records), where the forms' labels would name the wrong thing.
 */
export function pathInWords(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '' : withParent(pathInWords(path.slice(0, -1)), path);
}

function withParent(parent: string, path: readonly PropertyKey[]): string {
  const last = path[path.length - 1];
  const own = typeof last === 'number' ? `item ${last + 1}` : keyInWords(String(last));
  return parent ? `${parent} ${own.charAt(0).toLowerCase()}${own.slice(1)}` : own;
}
