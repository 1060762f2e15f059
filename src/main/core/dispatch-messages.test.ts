import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import { apiContract } from '../../shared/contract';
import { dispatch } from './dispatch';
import { bidInput } from './test-support/bid-input';
import { GENERIC_WORDING, namesFor, namesItsField, pathOf } from './test-support/refusal-wording';
import { tempApi } from './test-support/temp-database';
import { VALID_INPUTS as VALID } from './test-support/valid-inputs';

const WRONG_VALUES: unknown[] = [null, 'text', '', -1, 0, 1.5, 1e12, true, [], {}, ['text'], [{}], 'x'.repeat(60_000)];

/** The object or array schema underneath optional, nullable, default and the like. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

interface BadInput {
  path: PropertyKey[];
  what: string;
  input: unknown;
}

function setAt(input: unknown, path: PropertyKey[], value: unknown, remove = false): unknown {
  const copy = structuredClone(input) as Record<PropertyKey, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<PropertyKey, unknown>;
  const last = path[path.length - 1] as PropertyKey;
  if (remove) delete target[last];
  else target[last] = value;
  return copy;
}

/** Every way to break `valid` at `path` and below: missing, wrong types, out of range, unknown keys. */
function badInputs(schema: z.ZodType, valid: unknown, root: unknown, path: PropertyKey[]): BadInput[] {
  const inner = unwrap(schema);
  const bad: BadInput[] = [];
  if (path.length > 0) {
    bad.push({ path, what: 'missing', input: setAt(root, path, undefined, true) });
    for (const value of WRONG_VALUES) bad.push({ path, what: JSON.stringify(value).slice(0, 20), input: setAt(root, path, value) });
  }
  // An input that is a union of forms as a whole (an import, by format): the form the valid input takes is the one to break.
  const form =
    path.length === 0 && inner instanceof z.ZodDiscriminatedUnion ? ((inner.options as z.ZodType[]).find((option) => option.safeParse(valid).success) ?? inner) : inner;
  if (form instanceof z.ZodObject && valid && typeof valid === 'object') {
    bad.push({ path, what: 'an unknown key', input: setAt(root, [...path, 'surprise'], 1) });
    for (const [key, field] of Object.entries(form.shape as Record<string, z.ZodType>)) {
      if (key in valid) bad.push(...badInputs(field, (valid as Record<string, unknown>)[key], root, [...path, key]));
    }
  }
  if (inner instanceof z.ZodArray && Array.isArray(valid) && valid.length > 0) {
    bad.push(...badInputs(inner.element as z.ZodType, valid[0], root, [...path, 0]));
  }
  return bad;
}

let setup: ReturnType<typeof tempApi>;
beforeAll(() => {
  setup = tempApi();
});
afterAll(() => setup.temp.remove());

describe('refusals at the boundary, over the whole contract', () => {
  it.each(API_METHODS)('%s: every bad input is refused in words that name the field, never in zod\'s', (method) => {
    const schema = apiContract[method].input;
    expect(schema.safeParse(VALID[method]).success).toBe(true);
    const refused = badInputs(schema, VALID[method], VALID[method], []).filter((bad) => !schema.safeParse(bad.input).success);
    expect(refused.length).toBeGreaterThan(0);
    for (const bad of [...refused, { path: [], what: 'a number instead of an object', input: 42 }]) {
      const result = dispatch(setup.api, method, bad.input);
      const where = `${method} with ${bad.path.join('.') || 'the input'} ${bad.what}`;
      if (result.ok) throw new Error(`${where} was accepted`);
      expect(result.error.code, where).toBe('VALIDATION');
      const fields = Object.entries(result.error.fields ?? {});
      expect(fields.length, where).toBeGreaterThan(0);
      // The refusal leads with its first field's message, so checking each field's message checks it too.
      expect(result.error.message.startsWith(fields[0]![1]), where).toBe(true);
      for (const [key, message] of fields) {
        expect(message, where).not.toMatch(GENERIC_WORDING);
        expect(namesItsField(message, key), `${where}: "${message}" names none of ${namesFor(pathOf(key)).join(', ')}`).toBe(true);
      }
    }
  });
});

describe('refusals a user can read', () => {
  const bid = (overrides: Record<string, unknown>) => ({ ...bidInput(), ...overrides });
  it.each<[string, ApiMethod, unknown, string]>([
    ['no input at all', 'getBoard', undefined, 'This request must be an object with the fields Filters and Page size'],
    ['no filters', 'getBoard', { pageSize: 50 }, 'Filters is required: an object with text, agencies, engagement, tags, stages and archived'],
    ['an agency filter that is neither an id nor "direct"', 'getBoard', { filters: { agencies: [3, 'none'] }, pageSize: 50 }, 'Agencies must be agency ids, or "direct" for bids with no agency'],
    ['too large a page', 'getBoard', { filters: {}, pageSize: 500 }, 'Page size can be at most 200'],
    ['a negative offset', 'getColumnPage', { stage: 'lead', filters: {}, offset: -1, limit: 20 }, 'Offset must be at least 0'],
    ['a client id that is text', 'createBid', bid({ client: { id: 'x' } }), 'Client must be an existing organisation (its id) or a new one (its name)'],
    ['an agency given as bare text', 'createBid', bid({ agency: 'Hays' }), 'Agency must be an existing organisation (its id) or a new one (its name)'],
    ['a recruiter with both an id and a name', 'createBid', bid({ recruiter: { id: 1, name: 'Priya' } }), 'Recruiter must be an existing contact (its id) or a new one (its name)'],
    ['a hiring manager given as a number', 'createBid', bid({ hiringManager: 5 }), 'Hiring manager must be an existing contact (its id) or a new one (its name)'],
    ['a rate given as text', 'createBid', bid({ rate: '850' }), 'Rate must be an object with amount, currency and unit'],
    ['a rate amount given as text (its own message, kept)', 'createBid', bid({ rate: { amount: '850', currency: 'GBP', unit: 'day' } }), 'Rate must be a number'],
    ['a checklist tick given as text', 'createBid', bid({ briefChecklist: [{ label: 'Scope', done: 'yes' }] }), 'Checklist item 1 ticked must be true or false'],
    ['a month 13', 'createBid', bid({ expectedStart: '2026-13-01', expectedEnd: null }), 'Expected start must be a date in the form YYYY-MM-DD'],
    ['a start that is not a date (and no end before it)', 'createBid', bid({ expectedStart: 'next spring' }), 'Expected start must be a date in the form YYYY-MM-DD'],
    ['10 MB of notes with a NUL in them, refused for their length first', 'createBid', bid({ notes: `\u0000${'x'.repeat(10 * 1024 * 1024)}` }), 'Notes can be at most 20,000 characters'],
    ['a new client\'s name of 10 MB', 'createBid', bid({ client: { name: 'x'.repeat(10 * 1024 * 1024) } }), 'Organisation name can be at most 200 characters'],
    ['a new client\'s name with half an emoji', 'createBid', bid({ client: { name: 'Hays \uD83D' } }), 'Organisation name contains a broken character (half of an emoji or symbol); type or paste it again'],
    ['a new recruiter\'s name of spaces', 'createBid', bid({ recruiter: { name: '   ' } }), 'Contact name is required'],
    ['a new skill\'s name of zero-width spaces', 'linkGapToSkill', { outcomeId: 1, skill: { name: '\u200B\u200B', level: 2 } }, 'Skill name is required'],
    ['a key Stint does not know', 'createBid', bid({ isAdmin: true }), '"isAdmin" is not a field Stint accepts'],
    ['a key Stint does not know inside the rate', 'createBid', bid({ rate: { amount: 850, currency: 'GBP', unit: 'day', vat: true } }), '"vat" is not a field Stint accepts in Rate'],
    ['a bid id given as text', 'getBid', { id: '7' }, 'Bid id must be a whole number'],
    ['a bid id of 0', 'deleteBid', { id: 0 }, 'Bid id must be more than 0'],
    ['a bid id of -(2^53), past the whole numbers a double holds exactly', 'getBid', { id: -(2 ** 53) }, 'Bid id must be more than 0'],
    ['a page size of 2^53 (its own limit told, not the doubles\')', 'getBoard', { filters: {}, pageSize: 2 ** 53 }, 'Page size can be at most 200'],
    ['no move to undo', 'undoMove', {}, 'Move to undo (its event id) is required'],
    ['archived given as text', 'setArchived', { id: 1, archived: 'yes' }, 'Archived must be true or false'],
    ['too many suggestions', 'searchContacts', { query: 'a', limit: 51 }, 'Limit can be at most 50'],
    ['input to a call that takes none', 'listTags', 5, 'This request takes no fields'],
    ['a time zone that is not one', 'createInterview', { ...VALID.createInterview, timeZone: 'London' }, 'Time zone must be a zone name such as Europe/London or America/New_York; “London” is not one'],
    ['a time zone given as an offset', 'createInterview', { ...VALID.createInterview, timeZone: '+01:00' }, 'Time zone must be a zone name such as Europe/London or America/New_York; “+01:00” is not one'],
    ['a time zone of 10 MB, not quoted back', 'createInterview', { ...VALID.createInterview, timeZone: 'x'.repeat(10 * 1024 * 1024) }, 'Time zone must be a zone name such as Europe/London or America/New_York'],
    ['a time past midnight', 'createInterview', { ...VALID.createInterview, time: '24:30' }, 'Time must be a time of day on the 24-hour clock, such as 09:30 or 14:00'],
    ['an interviewer as bare text', 'createInterview', { ...VALID.createInterview, interviewers: ['Sam'] }, 'Interviewer 1 must be an existing contact (its id) or a new one (its name)'],
    ['a round of 2^53, which z.int() refuses before its own limit', 'createInterview', { ...VALID.createInterview, round: 2 ** 53 }, 'Round must be a whole number from 1 to 20'],
    ['a duration of 2^53', 'createBid', bid({ durationValue: 2 ** 53 }), 'Duration must be a whole number from 1 to 600'],
    ['a range from 30 February (and no end before it)', 'getInsights', { filters: { from: '2026-02-30', to: '2026-02-10' } }, 'Start of the date range must be a date in the form YYYY-MM-DD'],
    ['a rating of 6', 'recordSelfAssessment', { interviewId: 1, rating: 6 }, 'Rating must be a whole number from 1 to 5'],
    ['feedback with no day received', 'recordFeedback', { interviewId: 1, rating: 3 }, 'Received on is required'],
    ['feedback received before it was asked for', 'saveOutcome', { ...VALID.saveOutcome, feedbackReceivedOn: '2026-03-01' }, 'Feedback received on cannot be before the day it was requested'],
    ['a stage reached that is a closing', 'saveOutcome', { ...VALID.saveOutcome, stageReached: 'rejected' }, 'Stage reached must be one of: lead, brief, submitted, shortlisted, interview, offer, won'],
    ['an empty reason', 'addRejectionReason', { label: '  ', control: 'mine' }, 'Reason is required'],
    ['a reason neither mine nor outside', 'addRejectionReason', { label: 'Too hands-on', control: 'theirs' }, 'Control (mine or outside) must be one of: mine, outside'],
  ])('%s (%s)', (_what, method, input, message) => {
    const result = dispatch(setup.api, method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message } });
  });
});
