/**
 * Importing bids or contacts from a spreadsheet (CSV): the fields a column can be mapped to, with the labels that
 * name them in the preview, in refusals and as the headers Stint's own CSV export writes.
 */

export const CSV_FORMATS = ['csv-bids', 'csv-contacts'] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/** What a bid's row can hold. `date` is the day the bid was added (applied, created). */
export const CSV_BID_FIELDS = ['title', 'client', 'agency', 'recruiter', 'stage', 'rate', 'currency', 'date', 'location', 'notes'] as const;
export type CsvBidField = (typeof CSV_BID_FIELDS)[number];

/** What a contact's row can hold; a name comes whole (`name`) or in two (`firstName`, `lastName`). */
export const CSV_CONTACT_FIELDS = ['name', 'firstName', 'lastName', 'email', 'phone', 'organisation', 'title', 'contactKind', 'profileUrl', 'connectedOn', 'notes'] as const;
export type CsvContactField = (typeof CSV_CONTACT_FIELDS)[number];

export type CsvField = CsvBidField | CsvContactField;

/** Each field in words, as the preview and the refusals name it (the app's own labels where it has one). */
export const CSV_FIELD_LABELS: { 'csv-bids': Record<CsvBidField, string>; 'csv-contacts': Record<CsvContactField, string> } = {
  'csv-bids': {
    title: 'Title',
    client: 'Client',
    agency: 'Agency',
    recruiter: 'Recruiter',
    stage: 'Stage',
    rate: 'Day rate',
    currency: 'Currency',
    date: 'Date added',
    location: 'Location',
    notes: 'Notes',
  },
  'csv-contacts': {
    name: 'Name',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    organisation: 'Organisation',
    title: 'Title',
    contactKind: 'Kind',
    profileUrl: 'Profile link',
    connectedOn: 'Connected on',
    notes: 'Notes',
  },
};

/** How a date such as 03/04/2024 is read: 3 April (`day-first`, as in Britain) or 4 March (`month-first`, as in the US). */
export const DATE_ORDERS = ['day-first', 'month-first'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/** What a row that matches a record already here (or an earlier row) does: nothing, or fill that record in. */
export const DUPLICATE_CHOICES = ['skip', 'merge'] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

/** The most rows one CSV import takes: past this a spreadsheet is better split, and the preview stays quick. */
export const MAX_CSV_ROWS = 50_000;
/** The most columns a mapping can name: far past any real spreadsheet, and a bound for the input's numbers. */
export const MAX_CSV_COLUMNS = 1_000;
