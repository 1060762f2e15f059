import { describe, expect, it } from 'vitest';
import { createBidSchema } from '../../../shared/schemas';
import { fieldErrorsFrom } from '../../../shared/errors';
import { emptyFormValues, toCreateInput, toFormErrors } from './form-values';

function errorsFor(overrides: Partial<ReturnType<typeof emptyFormValues>>) {
  const parsed = createBidSchema.safeParse(toCreateInput({ ...emptyFormValues(), title: 'Interim CFO', ...overrides }));
  return parsed.success ? {} : toFormErrors(fieldErrorsFrom(parsed.error));
}

describe('the bid form', () => {
  it('turns typed text into a valid bid', () => {
    const input = toCreateInput({
      ...emptyFormValues(),
      title: ' Interim CFO ',
      client: 'Albion Foods',
      rateAmount: '1,250.50',
      rateCurrency: 'eur',
      durationValue: '6',
      tags: 'finance, , turnaround',
    });
    const parsed = createBidSchema.parse(input);
    expect(parsed).toMatchObject({
      title: 'Interim CFO',
      client: { name: 'Albion Foods' },
      agency: null,
      rate: { amount: 1250.5, currency: 'EUR', unit: 'day' },
      durationValue: 6,
      tags: ['finance', 'turnaround'],
    });
  });

  it('shows each problem at the field the user typed it in', () => {
    expect(errorsFor({ rateAmount: '-5' })).toEqual({ rateAmount: 'Rate cannot be negative' });
    expect(errorsFor({ rateAmount: 'lots' })).toEqual({ rateAmount: 'Rate must be a number' });
    expect(errorsFor({ expectedStart: '2026-05-01', expectedEnd: '2026-04-01' })).toEqual({ expectedEnd: 'The end date cannot be before the start date' });
    expect(errorsFor({ title: '' })).toEqual({ title: 'Title is required' });
    expect(errorsFor({ durationValue: '2.5' })).toEqual({ durationValue: 'Duration must be a whole number' });
  });
});
