/** Bids from a spreadsheet: each row a bid, made and checked as the bid form's are, and written by the bid service. */
import { format } from 'date-fns';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { CSV_FIELD_LABELS, DEFAULT_BRIEF_CHECKLIST, type Stage } from '../../../../../shared/domain';
import { matchKey } from '../../../../../shared/match-key';
import { createBidSchema, updateBidSchema, type Bid, type CsvRowProblem } from '../../../../../shared/schemas';
import { issueMessagesNaming } from '../../../../../shared/validation-messages';
import type { ApiParsedInput } from '../../../../../shared/contract';
import { getBid, insertBids, refsLookedUpOnce, updateBid } from '../../bids/bids';
import { createMoveBid } from '../../bids/stages';
import { readAmount, currencyOf } from './amounts';
import { dateIn, readDate, startOfDayMs } from './dates';
import { FIELD_SPECS } from './fields';
import { problemsOf, type CsvKind, type Match, type ReadingChoices, type RowValues } from './kind';
import { wordKey } from './words';

type BidInput = ApiParsedInput<'createBid'>;
const LABELS = CSV_FIELD_LABELS['csv-bids'];
/** The rate is a day rate (the column's name says so), in pounds unless the cell or a currency column says otherwise. */
const DEFAULT_CURRENCY = 'GBP';

/** The CSV field a path of the bid's schema is about: `client.name` is the client's. */
function fieldOf(path: readonly PropertyKey[]): keyof typeof LABELS | null {
  const [first, second] = path.map(String);
  if (first === 'rate') return second === 'currency' ? 'currency' : 'rate';
  return first !== undefined && first in LABELS ? (first as keyof typeof LABELS) : null;
}

const rowMessages = issueMessagesNaming((path) => {
  const field = fieldOf(path);
  return field ? LABELS[field] : '';
}, 'This row');

const bidShape = createBidSchema.shape;

/**
 * What a row can fill, checked by the bid form's own field schemas. A row's other fields are the same for every
 * row, so they are checked once, here: checking the whole bid per row (its brief checklist of six items, its tags)
 * was two thirds of reading a 10,000-row file. A test checks that a row's bid is what the whole schema makes of it.
 */
const rowFieldsSchema = z.strictObject({
  title: bidShape.title,
  client: bidShape.client,
  agency: bidShape.agency,
  recruiter: bidShape.recruiter,
  source: bidShape.source,
  rate: bidShape.rate,
  location: bidShape.location,
  notes: bidShape.notes,
  stage: bidShape.stage,
});

const everyRow = createBidSchema.parse({
  title: 'Every imported bid',
  client: null,
  agency: null,
  recruiter: null,
  hiringManager: null,
  source: 'direct_approach',
  engagement: 'interim',
  rate: null,
  durationValue: null,
  durationUnit: 'months',
  expectedStart: null,
  expectedEnd: null,
  location: '',
  remoteMode: null,
  ir35: 'unknown',
  priority: 2,
  tags: [],
  notes: '',
  briefText: '',
  briefChecklist: DEFAULT_BRIEF_CHECKLIST.map((label) => ({ label, done: false })),
  stage: 'lead',
} satisfies BidInput);
// Frozen: every row's bid shares these objects (its checklist, its tags), so none may change them.
const SAME_FOR_EVERY_ROW = deepFreeze(Object.fromEntries(Object.entries(everyRow).filter(([key]) => !(key in rowFieldsSchema.shape)))) as Omit<BidInput, keyof typeof rowFieldsSchema.shape>;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

export function cellOf(cells: readonly string[], column: number | null | undefined): string {
  return column === null || column === undefined ? '' : (cells[column] ?? '');
}

function readRate(values: RowValues, cells: readonly string[], choices: ReadingChoices, line: number, problems: CsvRowProblem[]): void {
  const rateText = cellOf(cells, choices.columns.rate);
  const currencyText = cellOf(cells, choices.columns.currency);
  const column = (field: 'rate' | 'currency') => choices.headers[choices.columns[field] as number] ?? null;
  if (currencyText !== '') {
    const currency = currencyOf(currencyText);
    if (!currency) problems.push({ row: line, column: column('currency'), message: `${LABELS.currency} “${currencyText.slice(0, 40)}” is not a currency: write a code such as GBP or EUR, or a symbol (£, €, $)` });
    else values.currency = currency;
  }
  if (rateText === '') return;
  const amount = readAmount(rateText);
  if (!amount) {
    problems.push({ row: line, column: column('rate'), message: `${LABELS.rate} “${rateText.slice(0, 40)}” is not an amount: write it as 650, 650.00, £650 or 1.250,50 €` });
    return;
  }
  values.rate = amount;
}

/** The day a bid here was added, as the row's date is written: the local calendar's. */
function dayOf(createdAt: number): string {
  return format(createdAt, 'yyyy-MM-dd');
}

function labelOf(title: string, client: string | null, day: string): string {
  return `“${title}”${client ? ` at ${client}` : ''}, added ${day}`;
}

export const bidKind: CsvKind<BidInput> = {
  format: 'csv-bids',
  fields: FIELD_SPECS['csv-bids'],
  dateField: 'date',

  mappingNeeds: (columns) => (columns.title === null || columns.title === undefined ? ['Choose the column that holds each bid’s title'] : []),

  read(cells, line, choices, problems) {
    const values: RowValues = {};
    for (const field of ['title', 'client', 'agency', 'recruiter', 'location', 'notes'] as const) {
      const text = cellOf(cells, choices.columns[field]);
      if (text !== '') values[field] = text;
    }
    const word = cellOf(cells, choices.columns.stage);
    if (word !== '') values.stage = choices.stages.get(wordKey(word)) ?? 'lead';
    readRate(values, cells, choices, line, problems);
    const dateText = cellOf(cells, choices.columns.date);
    if (dateText !== '') {
      const read = readDate(dateText);
      const day = read && dateIn(read, choices.dateOrder ?? 'day-first');
      const column = choices.headers[choices.columns.date as number] ?? null;
      if (day) values.date = day;
      else if (read) problems.push({ row: line, column, message: `${LABELS.date} “${dateText}” is no date read ${choices.dateOrder === 'month-first' ? 'month first (month/day/year)' : 'day first (day/month/year)'}` });
      else problems.push({ row: line, column, message: `${LABELS.date} “${dateText.slice(0, 40)}” is not a date: write it as 2024-03-14, 14/03/2024 or 14 Mar 2024` });
    }
    return values;
  },

  check(values, line, choices) {
    const rate = values.rate as { amount: number; currency: string | null } | undefined;
    const agency = values.agency as string | undefined;
    const candidate = {
      title: values.title ?? '',
      client: values.client ? { name: values.client } : null,
      agency: agency ? { name: agency } : null,
      recruiter: values.recruiter ? { name: values.recruiter } : null,
      source: agency ? 'agency' : 'direct_approach',
      rate: rate ? { amount: rate.amount, currency: rate.currency ?? (values.currency as string | undefined) ?? DEFAULT_CURRENCY, unit: 'day' } : null,
      location: values.location ?? '',
      notes: values.notes ?? '',
      stage: (values.stage as Stage | undefined) ?? 'lead',
    };
    const parsed = rowFieldsSchema.safeParse(candidate, { error: rowMessages });
    if (parsed.success) return { input: { ...SAME_FOR_EVERY_ROW, ...parsed.data }, problems: [] };
    const columnOf = (path: readonly PropertyKey[]) => {
      const field = fieldOf(path);
      return field ? (choices.headers[choices.columns[field] as number] ?? null) : null;
    };
    return { input: null, problems: problemsOf(parsed.error, line, columnOf) };
  },

  keys(values) {
    const base = `${matchKey(String(values.client ?? ''))}\u0000${matchKey(String(values.title ?? ''))}`;
    return values.date ? [{ key: `${base}\u0000${String(values.date)}`, by: 'same client, title and date' }] : [{ key: base, by: 'same client and title' }];
  },

  loadHere(db) {
    const here = new Map<string, Match>();
    const rows = db.all<{ id: number; title: string; createdAt: number; updatedAt: number; client: string | null }>(
      sql`SELECT o.id, o.title, o.created_at AS createdAt, o.updated_at AS updatedAt, c.name AS client FROM opportunities o LEFT JOIN organisations c ON c.id = o.client_id ORDER BY o.id`,
    );
    for (const row of rows) {
      const day = dayOf(row.createdAt);
      const match = { id: row.id, label: labelOf(row.title, row.client, day), version: row.updatedAt };
      const base = `${matchKey(row.client ?? '')}\u0000${matchKey(row.title)}`;
      // The first bid of a key is the one a row matches, and is merged into.
      if (!here.has(base)) here.set(base, match);
      if (!here.has(`${base}\u0000${day}`)) here.set(`${base}\u0000${day}`, match);
    }
    return here;
  },

  add(tx, now, rows) {
    const bids = rows.map(({ input, values }) => ({ input, createdAt: values.date ? startOfDayMs(String(values.date)) : now }));
    insertBids(tx, now, bids, refsLookedUpOnce(tx, now));
  },

  merge(tx, now, id, values) {
    const bid = getBid(tx, now, id);
    const rate = values.rate as { amount: number; currency: string | null } | undefined;
    const currency = rate?.currency ?? (values.currency as string | undefined);
    const update = updateBidSchema.parse({
      ...fieldsOf(bid),
      ...(values.agency ? { agency: { name: values.agency }, source: bid.agency ? bid.source : 'agency' } : {}),
      ...(values.recruiter ? { recruiter: { name: values.recruiter } } : {}),
      ...(rate ? { rate: { amount: rate.amount, currency: currency ?? bid.rate?.currency ?? DEFAULT_CURRENCY, unit: 'day' } } : {}),
      ...(values.location ? { location: values.location } : {}),
      ...(values.notes && !bid.notes.includes(String(values.notes)) ? { notes: bid.notes ? `${bid.notes}\n\n${String(values.notes)}` : values.notes } : {}),
    });
    updateBid(tx, now, update);
    const stage = values.stage as Stage | undefined;
    // A new status moves the bid, recorded as a move like one made on the board.
    if (stage && stage !== bid.stage) createMoveBid(tx)(now, { id, to: stage });
  },
};

/** A bid's editable fields as the update takes them, its records picked by id. */
function fieldsOf(bid: Bid) {
  // What the update does not take: the stage (moved, not edited) and what the core works out or keeps itself.
  const { client, agency, recruiter, hiringManager, stage: _stage, briefCompleteness: _brief, stageChangedAt: _changed, daysInStage: _days, createdAt: _created, updatedAt: _updated, archived: _archived, interviewToAssess: _assess, history: _history, ...fields } = bid;
  const ref = (named: { id: number } | null) => (named ? { id: named.id } : null);
  return { ...fields, client: ref(client), agency: ref(agency), recruiter: ref(recruiter), hiringManager: ref(hiringManager) };
}
