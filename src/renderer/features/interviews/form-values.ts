/** The interview form's values as typed, and the contract's input they become. */
import type { InterviewFormat } from '../../../shared/domain';
import type { CreateInterviewInput, Interview, UpdateInterviewInput } from '../../../shared/schemas';
import { defaultInterviewPrep } from '../../../shared/schemas';
import { systemTimeZone } from '../../../shared/time-zone';
import { calendarDateOf } from '../../app/dates';

/** An interviewer picked earlier (with the contact's id) or typed in (a name the core matches or creates). */
export interface InterviewerValue {
  id?: number;
  name: string;
}

export interface InterviewFormValues {
  round: string;
  date: string;
  time: string;
  timeZone: string;
  format: InterviewFormat;
  interviewers: InterviewerValue[];
  prepChecklist: { label: string; done: boolean }[];
  questions: string;
  notes: string;
}

export type InterviewFormField = keyof InterviewFormValues;

/** A new interview: the round after the bid's latest, today, this machine's zone, the preparation checklist. */
export function newInterviewValues(existing: readonly Interview[], today: Date): InterviewFormValues {
  const latestRound = Math.max(0, ...existing.map((interview) => interview.round));
  return {
    round: String(latestRound + 1),
    date: calendarDateOf(today.getTime()),
    time: '',
    timeZone: systemTimeZone(),
    format: 'video',
    interviewers: [],
    prepChecklist: defaultInterviewPrep(),
    questions: '',
    notes: '',
  };
}

export function valuesFromInterview(interview: Interview): InterviewFormValues {
  return {
    round: String(interview.round),
    date: interview.date,
    time: interview.time,
    timeZone: interview.timeZone,
    format: interview.format,
    interviewers: interview.interviewers.map(({ id, name }) => ({ id, name })),
    prepChecklist: interview.prepChecklist,
    questions: interview.questions,
    notes: interview.notes,
  };
}

/** Adds a name typed into the interviewers' picker, unless that person is already listed. */
export function addInterviewer(list: readonly InterviewerValue[], typed: string): InterviewerValue[] {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (!name || list.some((person) => person.name.toLocaleLowerCase() === name.toLocaleLowerCase())) return [...list];
  return [...list, { name }];
}

function fields(values: InterviewFormValues) {
  return {
    date: values.date,
    time: values.time,
    timeZone: values.timeZone.trim(),
    format: values.format,
    interviewers: values.interviewers.map((person) => (person.id !== undefined ? { id: person.id } : { name: person.name })),
    prepChecklist: values.prepChecklist,
    questions: values.questions,
    notes: values.notes,
  };
}

/** A round left empty is the next one, as the core numbers it; anything else is sent for the schema to judge. */
function roundOf(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

export function toCreateInput(bidId: number, values: InterviewFormValues): CreateInterviewInput {
  const round = roundOf(values.round);
  return { bidId, ...(round === undefined ? {} : { round }), ...fields(values) };
}

export function toUpdateInput(interviewId: number, values: InterviewFormValues): UpdateInterviewInput {
  return { interviewId, round: roundOf(values.round) ?? Number.NaN, ...fields(values) };
}

/** The contract's field paths (`interviewers.0.name`) as the form's fields. */
export function toFormErrors(fields: Record<string, string>): Partial<Record<InterviewFormField | 'form', string>> {
  const errors: Partial<Record<InterviewFormField | 'form', string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = (path.split('.')[0] || 'form') as InterviewFormField | 'form';
    errors[field] ??= message;
  }
  return errors;
}
