/** Export and import: the kinds of record a Stint export holds, in the order they are imported. */

/** What an export says it is (`format`), and the version of that format this Stint writes and reads. */
export const EXPORT_FORMAT = 'stint-export';
export const EXPORT_FORMAT_VERSION = 1;

/**
 * Every kind of record, each a list under `records` in an export. A kind comes after the kinds it links to, so an
 * import can find what each link points at by the time it reaches it.
 */
export const RECORD_KINDS = [
  'organisations',
  'contacts',
  'bids',
  'stageEvents',
  'interviews',
  'rejectionReasons',
  'skills',
  'outcomes',
  'developmentActions',
  'skillReviews',
  'contracts',
  'contractEndChanges',
  'interactions',
  'reminders',
  'settings',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  organisations: 'Organisations',
  contacts: 'Contacts',
  bids: 'Bids',
  stageEvents: 'Stage moves',
  interviews: 'Interviews',
  rejectionReasons: 'Rejection reasons',
  skills: 'Skills',
  outcomes: 'Outcomes of closed bids',
  developmentActions: 'Development actions',
  skillReviews: 'Skills MOTs',
  contracts: 'Contracts',
  contractEndChanges: 'Changes of contract end',
  interactions: 'Interactions',
  reminders: 'Reminders',
  settings: 'Settings',
};

/** One record of a kind, in words: "bid", "stage move". */
export const RECORD_KIND_SINGULAR: Record<RecordKind, string> = {
  organisations: 'organisation',
  contacts: 'contact',
  bids: 'bid',
  stageEvents: 'stage move',
  interviews: 'interview',
  rejectionReasons: 'rejection reason',
  skills: 'skill',
  outcomes: 'outcome',
  developmentActions: 'development action',
  skillReviews: 'skills MOT',
  contracts: 'contract',
  contractEndChanges: 'change of contract end',
  interactions: 'interaction',
  reminders: 'reminder',
  settings: 'settings',
};

/**
 * The lists Stint writes as CSV for a spreadsheet: a report, not a backup (the JSON export is the lossless one).
 * Bids and contacts are written under the headers a CSV import recognises, so that they can be read back.
 */
export const CSV_LISTS = ['bids', 'contacts', 'interactions', 'reminders'] as const;
export type CsvList = (typeof CSV_LISTS)[number];

/** The import formats Stint reads: its own JSON export, and spreadsheets (CSV) of bids or of contacts. */
export const IMPORT_FORMATS = ['stint-json', 'csv-bids', 'csv-contacts'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The most an import's text may be: an export of years of data is a few tens of megabytes. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
