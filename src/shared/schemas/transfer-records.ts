/**
 * The records of a Stint export (docs/export-format.md), one schema per kind. A record holds every stored field of
 * its row under the row's own names, except the local `id`; links to other records are their `uid`s (`clientUid`,
 * a bid's `bidUid`), and rows of a join table are nested in the record they belong to (a bid's `tags`). Keys
 * computed from a name (`name_key`) and values the database keeps by itself (`last_contact_at`) are left out and
 * made again on import.
 *
 * The checks are the database's own (its CHECK constraints, NOT NULL, the fixed lists), so that a record that
 * passes can be stored; they are not the forms' limits, so that nothing stored is ever refused on the way back.
 */
import { z } from 'zod';
import {
  ACTION_KINDS,
  ACTION_STATUSES,
  BUILT_IN_REASON_CODES,
  CONTACT_KINDS,
  DURATION_UNITS,
  ENGAGEMENTS,
  INTERACTION_CHANNELS,
  INTERVIEW_FORMATS,
  IR35_STATUSES,
  ORGANISATION_KINDS,
  OUTCOME_STAGES,
  RATE_UNITS,
  REASON_CONTROLS,
  REMINDER_KINDS,
  REMINDER_STATUSES,
  REMOTE_MODES,
  SOURCES,
  STAGES,
  type RecordKind,
} from '../domain';
import { matchKey } from '../match-key';
import { calendarDateSchema, oneOf } from './fields';
import { settingsSchema } from './settings';

/** A record's stable id, and a link to another record by it. */
export const recordUidSchema = z.uuid();
/** An instant: milliseconds since 1970-01-01T00:00:00Z. */
const instant = z.int();
const date = calendarDateSchema;
const plainText = z.string();

/** A name a record is found by again: it must read as something once spacing and invisible characters go. */
function name(label: string) {
  return z.string().refine((value) => matchKey(value) !== '', `${label} cannot be empty`);
}

function wholeNumberFrom(label: string, min: number, max?: number) {
  const range = max === undefined ? `${min} or more` : `from ${min} to ${max}`;
  const schema = z.int(`${label} must be a whole number ${range}`).min(min, `${label} must be a whole number ${range}`);
  return max === undefined ? schema : schema.max(max, `${label} must be a whole number ${range}`);
}

/** Each item once, as a join table holds each pair once. */
function eachOnce<T>(items: readonly T[], keyOf: (item: T) => string): boolean {
  return new Set(items.map(keyOf)).size === items.length;
}

function uidList(label: string) {
  return z.array(recordUidSchema).refine((uids) => eachOnce(uids, String), `${label} names the same record twice`);
}

const checklist = z.array(z.strictObject({ label: plainText, done: z.boolean() }));
const currency = z.string().regex(/^[A-Z]{3}$/, 'Rate currency must be a three-letter code such as GBP or EUR');
const rating = (label: string) => wholeNumberFrom(label, 1, 5);

/** When the record was made and last changed. */
const times = { createdAt: instant, updatedAt: instant };

export const organisationRecordSchema = z.strictObject({
  uid: recordUidSchema,
  name: name('Name'),
  kind: oneOf(ORGANISATION_KINDS, 'Kind'),
  website: plainText,
  notes: plainText,
  ...times,
});

export const contactRecordSchema = z.strictObject({
  uid: recordUidSchema,
  name: name('Name'),
  organisationUid: recordUidSchema.nullable(),
  title: plainText,
  kind: oneOf(CONTACT_KINDS, 'Kind').nullable(),
  email: plainText,
  phone: plainText,
  profileUrl: plainText,
  keyPartner: z.boolean(),
  cadenceDays: wholeNumberFrom('Cadence days', 1).nullable(),
  notes: plainText,
  ...times,
});

export const bidRecordSchema = z
  .strictObject({
    uid: recordUidSchema,
    title: name('Title'),
    clientUid: recordUidSchema.nullable(),
    agencyUid: recordUidSchema.nullable(),
    recruiterUid: recordUidSchema.nullable(),
    hiringManagerUid: recordUidSchema.nullable(),
    source: oneOf(SOURCES, 'Source'),
    engagement: oneOf(ENGAGEMENTS, 'Engagement'),
    /** Money in minor units (pence, cents). */
    rateMinor: wholeNumberFrom('Rate minor', 0).nullable(),
    rateCurrency: currency.nullable(),
    rateUnit: oneOf(RATE_UNITS, 'Rate unit').nullable(),
    durationValue: z.int().nullable(),
    durationUnit: oneOf(DURATION_UNITS, 'Duration unit'),
    expectedStart: date.nullable(),
    expectedEnd: date.nullable(),
    location: plainText,
    remoteMode: oneOf(REMOTE_MODES, 'Remote mode').nullable(),
    ir35: oneOf(IR35_STATUSES, 'IR35'),
    stage: oneOf(STAGES, 'Stage'),
    priority: wholeNumberFrom('Priority', 1, 3),
    notes: plainText,
    briefText: plainText,
    briefChecklist: checklist,
    stageChangedAt: instant,
    ...times,
    archivedAt: instant.nullable(),
    /** As the user spelled them; a bid has each tag once in whatever spelling. */
    tags: z.array(name('Tag')).refine((tags) => eachOnce(tags, matchKey), 'Tags has the same tag twice (in any spelling)'),
  })
  .refine((bid) => bid.expectedStart === null || bid.expectedEnd === null || bid.expectedEnd >= bid.expectedStart, {
    path: ['expectedEnd'],
    message: 'Expected end cannot be before the expected start',
  });

/** A move never changes once made: its last change is when it happened. */
export const stageEventRecordSchema = z
  .strictObject({
    uid: recordUidSchema,
    bidUid: recordUidSchema,
    /** Null for the event that records the bid's creation. */
    fromStage: oneOf(STAGES, 'From stage').nullable(),
    toStage: oneOf(STAGES, 'To stage'),
    at: instant,
    note: plainText.nullable(),
    updatedAt: instant,
  })
  .refine((event) => event.updatedAt === event.at, { path: ['updatedAt'], message: 'Updated at must be the same as At: a stage move never changes once made' });

export const interviewRecordSchema = z
  .strictObject({
    uid: recordUidSchema,
    bidUid: recordUidSchema,
    round: wholeNumberFrom('Round', 1),
    startsAt: instant,
    /** The IANA time zone it was entered in. */
    timeZone: name('Time zone'),
    format: oneOf(INTERVIEW_FORMATS, 'Format'),
    prepChecklist: checklist,
    questions: plainText,
    notes: plainText,
    selfRating: rating('Self rating').nullable(),
    selfNote: plainText,
    selfAssessedAt: instant.nullable(),
    feedbackRating: rating('Feedback rating').nullable(),
    feedbackText: plainText,
    feedbackFromUid: recordUidSchema.nullable(),
    feedbackReceivedOn: date.nullable(),
    feedbackRecordedAt: instant.nullable(),
    ...times,
    interviewerUids: uidList('Interviewer uids'),
  })
  .refine((interview) => (interview.selfRating === null) === (interview.selfAssessedAt === null), {
    path: ['selfAssessedAt'],
    message: 'Self assessed at must be given with a self rating, and only then',
  });

export const rejectionReasonRecordSchema = z.strictObject({
  uid: recordUidSchema,
  /** Built-in reasons have a code; the user's own have none. */
  code: oneOf(BUILT_IN_REASON_CODES, 'Code').nullable(),
  label: name('Label'),
  control: oneOf(REASON_CONTROLS, 'Control'),
  pointsAtGap: z.boolean(),
  retiredAt: instant.nullable(),
  ...times,
});

export const skillRecordSchema = z.strictObject({
  uid: recordUidSchema,
  name: name('Name'),
  level: wholeNumberFrom('Level', 1, 5),
  evidence: plainText,
  lastReviewedOn: date.nullable(),
  ...times,
});

export const outcomeRecordSchema = z.strictObject({
  uid: recordUidSchema,
  bidUid: recordUidSchema,
  /** The move that closed the bid. */
  closingEventUid: recordUidSchema,
  closedAs: oneOf(OUTCOME_STAGES, 'Closed as'),
  stageReached: oneOf(STAGES, 'Stage reached'),
  closedOn: date,
  feedbackRequestedOn: date.nullable(),
  feedbackReceivedOn: date.nullable(),
  feedbackText: plainText,
  feedbackClosedOn: date.nullable(),
  feedbackFromUid: recordUidSchema.nullable(),
  thankYouSent: z.boolean(),
  doorLeftOpen: z.boolean(),
  lesson: plainText,
  ...times,
  reasonUids: uidList('Reason uids'),
  /** Skills this outcome's gap was linked to. */
  skillUids: uidList('Skill uids'),
});

export const developmentActionRecordSchema = z.strictObject({
  uid: recordUidSchema,
  skillUid: recordUidSchema,
  kind: oneOf(ACTION_KINDS, 'Kind'),
  title: plainText,
  status: oneOf(ACTION_STATUSES, 'Status'),
  targetOn: date.nullable(),
  ...times,
});

const reviewEntrySchema = z.strictObject({
  skillUid: recordUidSchema,
  level: wholeNumberFrom('Level', 1, 5),
  note: plainText,
  reviewedAt: instant,
});

/** A skills MOT changes once, when it is finished; its entries carry their own times. */
export const skillReviewRecordSchema = z
  .strictObject({
    uid: recordUidSchema,
    startedAt: instant,
    finishedAt: instant.nullable(),
    updatedAt: instant,
    entries: z.array(reviewEntrySchema).refine((entries) => eachOnce(entries, (entry) => entry.skillUid), 'Entries has the same skill twice'),
  })
  .refine((review) => review.updatedAt === (review.finishedAt ?? review.startedAt), {
    path: ['updatedAt'],
    message: 'Updated at must be the same as Finished at (or Started at, while it is not finished)',
  });

export const contractRecordSchema = z
  .strictObject({
    uid: recordUidSchema,
    bidUid: recordUidSchema,
    startOn: date,
    plannedEndOn: date,
    actualEndOn: date.nullable(),
    rateMinor: wholeNumberFrom('Rate minor', 0).nullable(),
    rateCurrency: currency.nullable(),
    rateUnit: oneOf(RATE_UNITS, 'Rate unit').nullable(),
    ...times,
  })
  .refine((contract) => contract.plannedEndOn >= contract.startOn, { path: ['plannedEndOn'], message: 'Planned end on cannot be before the start' })
  .refine((contract) => contract.actualEndOn === null || contract.actualEndOn >= contract.startOn, {
    path: ['actualEndOn'],
    message: 'Actual end on cannot be before the start',
  });

/** A change of end date never changes once made: its last change is when it was made. */
export const contractEndChangeRecordSchema = z
  .strictObject({
    uid: recordUidSchema,
    contractUid: recordUidSchema,
    fromEndOn: date,
    toEndOn: date,
    at: instant,
    note: plainText,
    updatedAt: instant,
  })
  .refine((change) => change.updatedAt === change.at, { path: ['updatedAt'], message: 'Updated at must be the same as At: a change of end never changes once made' });

export const interactionRecordSchema = z.strictObject({
  uid: recordUidSchema,
  occurredAt: instant,
  channel: oneOf(INTERACTION_CHANNELS, 'Channel'),
  summary: plainText,
  bidUid: recordUidSchema.nullable(),
  ...times,
  contactUids: uidList('Contact uids'),
});

export const reminderRecordSchema = z
  .strictObject({
    uid: recordUidSchema,
    kind: oneOf(REMINDER_KINDS, 'Kind'),
    title: plainText,
    why: plainText,
    dueAt: instant,
    snoozedUntil: instant.nullable(),
    status: oneOf(REMINDER_STATUSES, 'Status'),
    contactUid: recordUidSchema.nullable(),
    bidUid: recordUidSchema.nullable(),
    /** Null for a reminder the user set. */
    rule: oneOf(REMINDER_KINDS, 'Rule').nullable(),
    /** What the rule answered, with the records it names by uid (docs/export-format.md). */
    triggerKey: name('Trigger key').nullable(),
    closedAt: instant.nullable(),
    closedBy: oneOf(['user', 'rule'], 'Closed by').nullable(),
    ...times,
  })
  .refine((reminder) => (reminder.rule === null) === (reminder.triggerKey === null), {
    path: ['triggerKey'],
    message: 'Trigger key must be given with a rule, and only then',
  });

/** The one row of settings; it has no uid, as there is only ever one. */
export const settingsRecordSchema = settingsSchema.extend({ updatedAt: instant });

/** The schema of each kind's records, under the kind's name in `records`. */
export const RECORD_SCHEMAS = {
  organisations: organisationRecordSchema,
  contacts: contactRecordSchema,
  bids: bidRecordSchema,
  stageEvents: stageEventRecordSchema,
  interviews: interviewRecordSchema,
  rejectionReasons: rejectionReasonRecordSchema,
  skills: skillRecordSchema,
  outcomes: outcomeRecordSchema,
  developmentActions: developmentActionRecordSchema,
  skillReviews: skillReviewRecordSchema,
  contracts: contractRecordSchema,
  contractEndChanges: contractEndChangeRecordSchema,
  interactions: interactionRecordSchema,
  reminders: reminderRecordSchema,
  settings: settingsRecordSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

export type RecordOf<K extends keyof typeof RECORD_SCHEMAS> = z.output<(typeof RECORD_SCHEMAS)[K]>;
