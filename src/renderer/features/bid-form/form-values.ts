import {
  DEFAULT_BRIEF_CHECKLIST,
  type DurationUnit,
  type Engagement,
  type Ir35Status,
  type Priority,
  type RateUnit,
  type RemoteMode,
  type Source,
  type Stage,
} from '../../../shared/domain';
import type { Bid, CreateBidInput, UpdateBidInput } from '../../../shared/schemas';
import { readAmount } from './amount';

/** The form's fields as the inputs hold them: text the user typed, not yet parsed. */
export interface BidFormValues {
  title: string;
  client: string;
  agency: string;
  recruiter: string;
  hiringManager: string;
  source: Source;
  engagement: Engagement;
  rateAmount: string;
  rateCurrency: string;
  rateUnit: RateUnit;
  durationValue: string;
  durationUnit: DurationUnit;
  expectedStart: string;
  expectedEnd: string;
  location: string;
  remoteMode: RemoteMode | '';
  ir35: Ir35Status;
  stage: Stage;
  priority: Priority;
  tags: string;
  notes: string;
  briefText: string;
  briefChecklist: { label: string; done: boolean }[];
}

export type FormField = keyof BidFormValues;

export function emptyFormValues(): BidFormValues {
  return {
    title: '',
    client: '',
    agency: '',
    recruiter: '',
    hiringManager: '',
    // No agency yet, so a direct approach; typing an agency turns it to Agency (see sourceForAgency).
    source: 'direct_approach',
    engagement: 'interim',
    rateAmount: '',
    rateCurrency: 'GBP',
    rateUnit: 'day',
    durationValue: '',
    durationUnit: 'months',
    expectedStart: '',
    expectedEnd: '',
    location: '',
    remoteMode: '',
    ir35: 'unknown',
    stage: 'lead',
    priority: 2,
    tags: '',
    notes: '',
    briefText: '',
    briefChecklist: DEFAULT_BRIEF_CHECKLIST.map((label) => ({ label, done: false })),
  };
}

export function formValuesFromBid(bid: Bid): BidFormValues {
  return {
    title: bid.title,
    client: bid.client?.name ?? '',
    agency: bid.agency?.name ?? '',
    recruiter: bid.recruiter?.name ?? '',
    hiringManager: bid.hiringManager?.name ?? '',
    source: bid.source,
    engagement: bid.engagement,
    rateAmount: bid.rate ? String(bid.rate.amount) : '',
    rateCurrency: bid.rate?.currency ?? 'GBP',
    rateUnit: bid.rate?.unit ?? 'day',
    durationValue: bid.durationValue === null ? '' : String(bid.durationValue),
    durationUnit: bid.durationUnit,
    expectedStart: bid.expectedStart ?? '',
    expectedEnd: bid.expectedEnd ?? '',
    location: bid.location,
    remoteMode: bid.remoteMode ?? '',
    ir35: bid.ir35,
    stage: bid.stage,
    priority: bid.priority,
    tags: bid.tags.join(', '),
    notes: bid.notes,
    briefText: bid.briefText,
    briefChecklist: bid.briefChecklist,
  };
}

/** Text to a number as people type it ("1,250.50", " 650 "); what is not a number stays NaN for the schema to name. */
function parseNumber(text: string): number {
  return Number(text.replace(/[\s,]/g, ''));
}

function rateAmountOf(text: string): number {
  const read = readAmount(text);
  return 'amount' in read ? read.amount : Number.NaN;
}

function named(text: string): { name: string } | null {
  return text.trim() ? { name: text.trim() } : null;
}

/** The API input for the form's values: the schemas then judge it, in the form and again in the core. */
export function toBidFields(values: BidFormValues): Omit<CreateBidInput, 'stage'> {
  return {
    title: values.title,
    client: named(values.client),
    agency: named(values.agency),
    recruiter: named(values.recruiter),
    hiringManager: named(values.hiringManager),
    source: values.source,
    engagement: values.engagement,
    rate: values.rateAmount.trim()
      ? { amount: rateAmountOf(values.rateAmount), currency: values.rateCurrency.trim().toUpperCase(), unit: values.rateUnit }
      : null,
    durationValue: values.durationValue.trim() ? parseNumber(values.durationValue) : null,
    durationUnit: values.durationUnit,
    expectedStart: values.expectedStart || null,
    expectedEnd: values.expectedEnd || null,
    location: values.location,
    remoteMode: values.remoteMode || null,
    ir35: values.ir35,
    priority: values.priority,
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    notes: values.notes,
    briefText: values.briefText,
    briefChecklist: values.briefChecklist,
  };
}

export function toCreateInput(values: BidFormValues): CreateBidInput {
  return { ...toBidFields(values), stage: values.stage };
}

export function toUpdateInput(id: number, values: BidFormValues): UpdateBidInput {
  return { ...toBidFields(values), id };
}

const RATE_FIELDS: Record<string, FormField> = { amount: 'rateAmount', currency: 'rateCurrency', unit: 'rateUnit' };

/** The form field that shows an error reported at an API path (`rate.amount` → the rate amount input). */
function formFieldFor(path: string): FormField | 'form' {
  const [head = '', second = ''] = path.split('.');
  if (head === 'rate') return RATE_FIELDS[second] ?? 'rateAmount';
  if (head in emptyFormValues()) return head as FormField;
  return 'form';
}

/** API field errors regrouped by form field, first message wins. */
export function toFormErrors(fields: Record<string, string>): Partial<Record<FormField | 'form', string>> {
  const errors: Partial<Record<FormField | 'form', string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = formFieldFor(path);
    errors[field] ??= message;
  }
  return errors;
}

/** Sources under which a bid comes through an agency. */
const AGENCY_SOURCES: readonly Source[] = ['agency', 'inbound_headhunter'];

/**
 * What the shared schemas cannot judge because it is about how the form was typed: a rate that does not read as
 * an amount, a currency symbol that contradicts the currency field, and a source that contradicts the agency
 * (`opened` is the form as it opened).
 */
export function checkTypedValues(values: BidFormValues, opened: BidFormValues, locale?: string): Partial<Record<FormField, string>> {
  const errors: Partial<Record<FormField, string>> = {};
  if (values.rateAmount.trim()) {
    const read = readAmount(values.rateAmount, locale);
    const currency = values.rateCurrency.trim().toUpperCase();
    if ('error' in read) errors.rateAmount = read.error;
    else if (read.currency && read.currency !== currency) {
      errors.rateAmount = `The rate is in ${read.currency} but the currency is ${currency || 'empty'}: change one of them`;
    }
  }
  // Judged only when the user changed one of them: bids saved before this rule (the form's old default was an
  // agency source with no agency) stay editable without first being mended.
  if (values.source === opened.source && values.agency === opened.agency) return errors;
  const hasAgency = values.agency.trim() !== '';
  if (values.source === 'agency' && !hasAgency) errors.agency = 'Name the agency, or pick another source if none is involved';
  if (values.source === 'direct_approach' && hasAgency) {
    errors.source = 'A direct approach has no agency: pick another source, or clear the agency';
  }
  return errors;
}

/** The source that goes with the agency field while the user has not picked one: agency when one is named. */
export function sourceForAgency(agency: string, current: Source): Source {
  if (agency.trim() === '') return AGENCY_SOURCES.includes(current) ? 'direct_approach' : current;
  return current === 'direct_approach' ? 'agency' : current;
}
