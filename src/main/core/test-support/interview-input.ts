import type { ApiParsedInput } from '../../../shared/contract';
import { createInterviewSchema, type CreateInterviewInput, type UpdateInterviewInput } from '../../../shared/schemas';

/**
 * An interview of bid `bidId` as the form sends it, on the Friday before TEST_NOW (27 February 2026) at 10:00
 * in London: already over, so it can be assessed. Tests override only what they are about.
 */
export function interviewInput(bidId: number, overrides: Partial<CreateInterviewInput> = {}): CreateInterviewInput {
  return { bidId, ...INTERVIEW_FIELDS, ...overrides };
}

const INTERVIEW_FIELDS = {
  date: '2026-02-27',
  time: '10:00',
  timeZone: 'Europe/London',
  format: 'video',
  interviewers: [{ name: 'Dana Whitfield' }],
  questions: 'Why interim rather than permanent?',
  notes: '',
} satisfies Partial<CreateInterviewInput>;

/** The same interview as the edit form sends it, every field present: round 1, an empty checklist. */
export function interviewEdit(interviewId: number, overrides: Partial<UpdateInterviewInput> = {}): UpdateInterviewInput {
  return { interviewId, round: 1, ...INTERVIEW_FIELDS, prepChecklist: [], ...overrides };
}

/** The same interview parsed as the transport would hand it to the core. */
export function parsedInterview(bidId: number, overrides: Partial<CreateInterviewInput> = {}): ApiParsedInput<'createInterview'> {
  return createInterviewSchema.parse(interviewInput(bidId, overrides));
}
