import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import { apiContract, type ApiInput } from '../../shared/contract';
import { fieldLabel } from '../../shared/field-labels';
import { dispatch } from './dispatch';
import { bidInput } from './test-support/bid-input';
import { tempApi } from './test-support/temp-database';

/** zod's own wording, which must never reach the user ("Expected start", "Received on", "Feedback received on" are fields' names, not zod's). */
const GENERIC_WORDING = /invalid input|\bexpected\b(?! (?:start|end)\b)|(?<!feedback )received(?! on\b)|too big|too small|unrecognized key/i;

/** Subjects the schemas' own messages use, kept as they are ("Organisation name is required"). */
const SCHEMA_SUBJECTS = ['Organisation name', 'Contact name', 'A tag', 'The end date', 'Skill name', 'Action kind', 'Action status', 'The file', 'The preview’s token'];

const { stage: _stage, ...bidFields } = bidInput({ hiringManager: { name: 'Sam Reyes' } });
const interviewFields = {
  date: '2026-03-02',
  time: '10:00',
  timeZone: 'Europe/London',
  format: 'video' as const,
  interviewers: [{ name: 'Sam Reyes' }],
  prepChecklist: [{ label: 'Reread the brief', done: true }],
  questions: 'Why interim?',
  notes: '',
};

/** A valid input for every method, with every optional field and nested object present, so each can be broken. */
const VALID: { [M in ApiMethod]: ApiInput<M> } = {
  getBoard: { filters: { text: 'finance', agencies: [1, 'direct'], engagement: 'interim', tags: ['erp'], stages: ['lead'], archived: false }, pageSize: 50 },
  getColumnPage: { stage: 'lead', filters: { text: 'finance' }, offset: 0, limit: 20 },
  getBid: { id: 1 },
  createBid: bidInput({ hiringManager: { name: 'Sam Reyes' } }),
  updateBid: { id: 1, ...bidFields },
  moveBid: { id: 1, to: 'submitted', note: 'CV sent' },
  undoMove: { eventId: 1 },
  setArchived: { id: 1, archived: true },
  deleteBid: { id: 1 },
  searchOrganisations: { query: 'blue', kind: 'agency', limit: 10 },
  searchContacts: { query: 'priya', limit: 10 },
  listTags: {},
  loadSampleData: {},
  listInterviews: { bidId: 1 },
  createInterview: { bidId: 1, round: 1, ...interviewFields },
  updateInterview: { interviewId: 1, round: 2, ...interviewFields },
  deleteInterview: { interviewId: 1 },
  recordSelfAssessment: { interviewId: 1, rating: 5, note: 'Answered every question' },
  recordFeedback: { interviewId: 1, rating: 2, text: 'Wanted more sector experience', from: { name: 'Priya Patel' }, receivedOn: '2026-03-02' },
  getContract: { bidId: 1 },
  saveContract: { bidId: 1, startOn: '2026-01-05', plannedEndOn: '2026-06-30', actualEndOn: '2026-06-30', rate: { amount: 800, currency: 'GBP', unit: 'day' } },
  changeContractEnd: { bidId: 1, toEndOn: '2026-09-30', note: 'Extended for phase 2' },
  getWorkSummary: {},
  getSkills: {},
  createSkill: { name: 'Stakeholder management', level: 3, evidence: 'Ran the steering group', lastReviewedOn: '2026-01-10' },
  updateSkill: { skillId: 1, name: 'Stakeholder management', level: 4, evidence: '', lastReviewedOn: null },
  deleteSkill: { skillId: 1 },
  createAction: { skillId: 1, kind: 'course', title: 'IFRS 17 course', status: 'planned', targetOn: '2026-06-30' },
  updateAction: { actionId: 1, skillId: 1, kind: 'mentor', title: 'Monthly mentor call', status: 'in_progress', targetOn: null },
  deleteAction: { actionId: 1 },
  listSkillGaps: { limit: 20 },
  linkGapToSkill: { outcomeId: 1, skill: { name: 'SAP S/4HANA', level: 2 } },
  unlinkGapFromSkill: { outcomeId: 1, skillId: 1 },
  createActionFromGap: { outcomeId: 1, skill: { id: 1 }, kind: 'certification', title: 'ACCA', status: 'planned', targetOn: '2026-12-31' },
  startSkillReview: {},
  recordSkillReview: { reviewId: 1, skillId: 1, level: 3, note: 'Led two programmes since' },
  finishSkillReview: { reviewId: 1 },
  listRejectionReasons: {},
  addRejectionReason: { label: 'Too hands-on for the brief', control: 'mine', pointsAtGap: false },
  renameRejectionReason: { reasonId: 1, label: 'Too hands-on' },
  setRejectionReasonRetired: { reasonId: 1, retired: true },
  getOutcome: { bidId: 1 },
  saveOutcome: {
    bidId: 1,
    closingEventId: 2,
    reasonIds: [1, 9],
    stageReached: 'interview',
    closedOn: '2026-03-02',
    feedbackRequestedOn: '2026-03-03',
    feedbackReceivedOn: '2026-03-05',
    feedbackText: 'They went with an internal candidate.',
    feedbackFrom: { name: 'Priya Patel' },
    thankYouSent: true,
    doorLeftOpen: true,
    lesson: 'Ask early whether an internal candidate is in the running.',
  },
  suggestRejectionReasons: { text: 'The budget has been pulled.' },
  getInsights: { filters: { from: '2025-01-01', to: '2025-12-31', engagement: 'interim', agencies: [1, 'direct'], sources: ['agency'] } },
  getInsightBids: { filters: { from: '2025-01-01' }, point: { chart: 'agency', agency: 1, step: 'interview' } },
  logInteraction: { date: '2026-03-01', time: '09:30', channel: 'call', contacts: [{ name: 'Priya Patel' }], bidId: 1, summary: 'Caught up on the CFO role.' },
  listInteractions: { contactId: 1 },
  listReminders: {},
  completeReminder: { reminderId: 1 },
  snoozeReminder: { reminderId: 1, until: 1_800_000_000_000 },
  dismissReminder: { reminderId: 1 },
  getToday: {},
  createReminder: { title: 'Call Priya about Q3', note: 'Ask about the CFO role', dueDate: '2026-03-02', dueTime: '09:30', contactId: 1, bidId: 1 },
  updateReminder: { reminderId: 1, title: 'Call Priya', note: '', dueDate: '2026-03-03', dueTime: null },
  closeFeedbackRequest: { bidId: 1 },
  exportCalendar: {},
  getSettings: {},
  saveSettings: { keyPartnerCadenceDays: 30, recruiterCadenceDays: 60, liveBidsTarget: 3, workingDays: [1, 2, 3, 4, 5], notifications: true },
  listContacts: { query: 'pri', contactKind: 'recruiter', keyPartnersOnly: true, overdueOnly: false, sort: 'nextDue', offset: 0, limit: 100 },
  getContact: { contactId: 1 },
  saveContact: {
    contactId: 1,
    name: 'Priya Patel',
    title: 'Director',
    contactKind: 'recruiter',
    organisation: { name: 'Hays' },
    email: 'priya@example.com',
    phone: '+44 20 7946 0000',
    profileUrl: 'https://example.com/priya',
    keyPartner: true,
    cadenceDays: 21,
    notes: 'Met at the FD forum',
  },
  deleteContact: { contactId: 1 },
  listOrganisations: { query: 'hay', kind: 'agency' },
  getOrganisation: { organisationId: 1 },
  saveOrganisation: { organisationId: 1, name: 'Hays', kind: 'agency', website: 'https://hays.example', notes: '' },
  merge: { what: 'contacts', keepId: 1, mergeId: 2, confirm: true },
  countContacts: {},
  exportJson: {},
  previewImport: { format: 'stint-json', text: '{}' },
  commitImport: { format: 'stint-json', text: '{}', token: 'a.b' },
};

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

/** `briefChecklist.0.label` → ['briefChecklist', 0, 'label'], as zod reported it. */
function pathOf(key: string): PropertyKey[] {
  return key === '' ? [] : key.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The field names a message about `path` may start with: its own, or one of its parents'. */
function namesFor(path: PropertyKey[]): string[] {
  const names = path.map((_, at) => fieldLabel(path.slice(0, at + 1)));
  return [...names, ...names.map((name) => name.split(' ')[0] as string), ...SCHEMA_SUBJECTS, '"surprise"', 'This request'];
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
        const names = namesFor(pathOf(key));
        expect(names.some((name) => message.toLowerCase().startsWith(name.toLowerCase())), `${where}: "${message}" names none of ${names.join(', ')}`).toBe(true);
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
    ['a key Stint does not know', 'createBid', bid({ isAdmin: true }), '"isAdmin" is not a field Stint accepts'],
    ['a key Stint does not know inside the rate', 'createBid', bid({ rate: { amount: 850, currency: 'GBP', unit: 'day', vat: true } }), '"vat" is not a field Stint accepts in Rate'],
    ['a bid id given as text', 'getBid', { id: '7' }, 'Bid id must be a whole number'],
    ['a bid id of 0', 'deleteBid', { id: 0 }, 'Bid id must be more than 0'],
    ['no move to undo', 'undoMove', {}, 'Move to undo (its event id) is required'],
    ['archived given as text', 'setArchived', { id: 1, archived: 'yes' }, 'Archived must be true or false'],
    ['too many suggestions', 'searchContacts', { query: 'a', limit: 51 }, 'Limit can be at most 50'],
    ['input to a call that takes none', 'listTags', 5, 'This request takes no fields'],
    ['a time zone that is not one', 'createInterview', { ...VALID.createInterview, timeZone: 'London' }, 'Time zone must be a zone name such as Europe/London or America/New_York; “London” is not one'],
    ['a time zone given as an offset', 'createInterview', { ...VALID.createInterview, timeZone: '+01:00' }, 'Time zone must be a zone name such as Europe/London or America/New_York; “+01:00” is not one'],
    ['a time past midnight', 'createInterview', { ...VALID.createInterview, time: '24:30' }, 'Time must be a time of day on the 24-hour clock, such as 09:30 or 14:00'],
    ['an interviewer as bare text', 'createInterview', { ...VALID.createInterview, interviewers: ['Sam'] }, 'Interviewer 1 must be an existing contact (its id) or a new one (its name)'],
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
