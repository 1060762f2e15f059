import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_PREP } from '../../../shared/domain';
import { createInterviewSchema, updateInterviewSchema, type Interview } from '../../../shared/schemas';
import { systemTimeZone } from '../../../shared/time-zone';
import { addInterviewer, newInterviewValues, toCreateInput, toFormErrors, toUpdateInput, valuesFromInterview } from './form-values';

const stored = { round: 2, date: '2026-02-27', time: '10:00', timeZone: 'Europe/London', format: 'panel', interviewers: [{ id: 7, name: 'Dana Whitfield' }], prepChecklist: [], questions: 'Why now?', notes: '' } as unknown as Interview;

describe('the interview form', () => {
  it('starts a new interview at the next round, today, in this machine’s zone, with the preparation checklist', () => {
    const values = newInterviewValues([{ ...stored, round: 1 }, stored], new Date(2026, 2, 2, 9, 30));
    expect(values).toMatchObject({ round: '3', date: '2026-03-02', time: '', timeZone: systemTimeZone(), interviewers: [] });
    expect(values.prepChecklist.map((item) => item.label)).toEqual([...DEFAULT_INTERVIEW_PREP]);
    expect(newInterviewValues([], new Date(2026, 0, 5)).round).toBe('1');
  });

  it('sends picked interviewers by id and typed ones by name, in a form the contract accepts', () => {
    const values = { ...valuesFromInterview(stored), interviewers: addInterviewer(valuesFromInterview(stored).interviewers, '  Ola   Brandt ') };
    const update = toUpdateInput(4, values);
    expect(update.interviewers).toEqual([{ id: 7 }, { name: 'Ola Brandt' }]);
    expect(updateInterviewSchema.safeParse(update).success).toBe(true);
    expect(createInterviewSchema.safeParse(toCreateInput(9, values)).success).toBe(true);
  });

  it('lists a person once, whatever the letter case', () => {
    expect(addInterviewer([{ id: 7, name: 'Dana Whitfield' }], 'dana whitfield')).toEqual([{ id: 7, name: 'Dana Whitfield' }]);
    expect(addInterviewer([], '   ')).toEqual([]);
  });

  it('leaves an empty round to the core, which numbers it next', () => {
    expect('round' in toCreateInput(9, { ...valuesFromInterview(stored), round: ' ' })).toBe(false);
  });

  it('puts the contract’s refusals beside the field they concern', () => {
    expect(toFormErrors({ 'interviewers.1.name': 'Contact name is required', time: 'Time is required', '': 'Whole' })).toEqual({
      interviewers: 'Contact name is required',
      time: 'Time is required',
      form: 'Whole',
    });
  });
});
