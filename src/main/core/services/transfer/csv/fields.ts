/**
 * The fields a CSV's columns map to, per format, with the header names each is recognised by: the app's own
 * label first (so that Stint's own CSV export maps back by itself), then what spreadsheets and LinkedIn call it.
 */
import { CSV_FIELD_LABELS, type CsvBidField, type CsvContactField, type CsvFormat } from '../../../../../shared/domain';
import { STINT_CSV_HEADERS } from '../csv-lists';
import { wordKey } from './words';

export interface FieldSpec {
  key: string;
  label: string;
  required: boolean;
  aliases: string[];
}

/** In the order columns are claimed: a header two fields could take goes to the first ("Company": the client). */
const BID_ALIASES: Record<CsvBidField, string[]> = {
  title: ['role', 'job title', 'position', 'job', 'role title', 'opportunity', 'assignment', 'bid', 'vacancy'],
  client: ['company', 'employer', 'end client', 'hiring company', 'organisation', 'organization', 'client name'],
  agency: ['recruitment agency', 'agency name', 'consultancy', 'via', 'recruiter agency'],
  recruiter: ['recruiter name', 'contact', 'agent', 'consultant', 'recruiter contact'],
  stage: ['status', 'state', 'outcome', 'progress', 'pipeline stage'],
  rate: ['rate', 'daily rate', 'rate per day', 'rate day', 'day rate gbp', 'pay rate', 'rate amount', 'amount', 'fee'],
  currency: ['ccy', 'rate currency'],
  date: ['date', 'applied', 'applied on', 'date applied', 'application date', 'created', 'created at', 'created on', 'added', 'added on', 'submitted on', 'date submitted'],
  location: ['city', 'place', 'where'],
  notes: ['note', 'comments', 'comment', 'remarks', 'details'],
};

const CONTACT_ALIASES: Record<CsvContactField, string[]> = {
  name: ['full name', 'contact', 'contact name', 'person'],
  firstName: ['firstname', 'given name', 'forename'],
  lastName: ['lastname', 'surname', 'family name'],
  email: ['email address', 'e mail', 'mail', 'e mail address'],
  phone: ['phone number', 'telephone', 'mobile', 'tel', 'mobile phone'],
  organisation: ['organization', 'company', 'employer', 'agency', 'firm'],
  title: ['position', 'job title', 'role'],
  contactKind: ['type', 'contact type', 'relationship'],
  profileUrl: ['url', 'linkedin', 'linkedin url', 'profile', 'profile url', 'linkedin profile'],
  connectedOn: ['connected', 'date connected'],
  notes: ['note', 'comments', 'comment', 'remarks'],
};

const REQUIRED = new Set(['csv-bids:title', 'csv-contacts:name']);

function specsOf(format: CsvFormat, aliases: Record<string, string[]>): FieldSpec[] {
  const labels = CSV_FIELD_LABELS[format] as Record<string, string>;
  return Object.entries(aliases).map(([key, more]) => {
    const label = labels[key] as string;
    return { key, label, required: REQUIRED.has(`${format}:${key}`), aliases: [label, key, ...more].map(wordKey) };
  });
}

export const FIELD_SPECS: Record<CsvFormat, FieldSpec[]> = {
  'csv-bids': specsOf('csv-bids', BID_ALIASES),
  'csv-contacts': specsOf('csv-contacts', CONTACT_ALIASES),
};

/** LinkedIn's Connections.csv, whose header row these are (after a few lines of notes). */
const LINKEDIN_HEADERS = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'].map(wordKey);

export type Columns = Record<string, number | null>;

/** Whether a header names a field of `format`: how the header row is told from notes above it. */
export function isKnownHeader(format: CsvFormat): (cell: string) => boolean {
  const known = new Set(FIELD_SPECS[format].flatMap((spec) => spec.aliases));
  return (cell) => known.has(wordKey(cell));
}

/** The column each field's header names, each column taken once; the user's own choices first. */
export function suggestColumns(format: CsvFormat, headers: readonly string[], given: Partial<Columns> = {}): Columns {
  const keys = headers.map(wordKey);
  const taken = new Set(Object.values(given).filter((column): column is number => typeof column === 'number'));
  const columns: Columns = {};
  for (const spec of FIELD_SPECS[format]) {
    const chosen = given[spec.key];
    if (chosen !== undefined) {
      columns[spec.key] = chosen;
      continue;
    }
    // The field's own label or key wins over a looser alias: "Agency" is the agency even after "Company".
    const column = spec.aliases.map((alias) => keys.findIndex((key, index) => key === alias && !taken.has(index))).find((index) => index !== -1) ?? -1;
    columns[spec.key] = column === -1 ? null : column;
    if (column !== -1) taken.add(column);
  }
  return columns;
}

/**
 * A layout Stint knows: LinkedIn's connections, or Stint's own CSV (its export's header row, or headers that are all
 * its import's labels).
 */
export function recognisedLayout(format: CsvFormat, headers: readonly string[]): 'linkedin-connections' | 'stint-csv' | null {
  const keys = headers.map(wordKey).filter((key) => key !== '');
  if (format === 'csv-contacts' && LINKEDIN_HEADERS.every((header) => keys.includes(header))) return 'linkedin-connections';
  const exported = STINT_CSV_HEADERS[format].map(wordKey);
  if (keys.length === exported.length && keys.every((key, index) => key === exported[index])) return 'stint-csv';
  const labels = new Set(FIELD_SPECS[format].map((spec) => wordKey(spec.label)));
  return keys.length > 0 && keys.every((key) => labels.has(key)) ? 'stint-csv' : null;
}
