import { describe, expect, it } from 'vitest';
import { createBidSchema } from '../../../shared/schemas';
import { fieldErrorsFrom } from '../../../shared/errors';
import { checkTypedValues, emptyFormValues, sourceForAgency, toCreateInput, toFormErrors } from './form-values';

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
    expect(errorsFor({ durationValue: '2.5' })).toEqual({ durationValue: 'Duration must be a whole number from 1 to 600' });
  });
});

describe('what the form checks as typed', () => {
  const typed = (overrides: Partial<ReturnType<typeof emptyFormValues>>) =>
    checkTypedValues({ ...emptyFormValues(), title: 'Interim CFO', ...overrides }, emptyFormValues(), 'en-GB');

  it('accepts amounts with a currency symbol or thousands separators, and reads them as the number', () => {
    expect(typed({ rateAmount: '£850', rateCurrency: 'GBP' })).toEqual({});
    expect(typed({ rateAmount: '1,250' })).toEqual({});
    expect(toCreateInput({ ...emptyFormValues(), title: 'x', rateAmount: '£850' }).rate).toMatchObject({ amount: 850, currency: 'GBP' });
  });

  it('says when the symbol typed contradicts the currency chosen, or the text is no amount', () => {
    expect(typed({ rateAmount: '€850', rateCurrency: 'GBP' })).toEqual({ rateAmount: 'The rate is in EUR but the currency is GBP: change one of them' });
    expect(typed({ rateAmount: 'lots' })).toEqual({ rateAmount: 'Rate must be a number, such as 750, £850 or 1,250.50' });
  });

  it('makes source and agency agree: no agency under Agency, none under Direct approach', () => {
    expect(typed({ source: 'agency', agency: '' })).toEqual({ agency: 'Name the agency, or pick another source if none is involved' });
    expect(typed({ source: 'direct_approach', agency: 'Harrow & Finch' })).toEqual({
      source: 'A direct approach has no agency: pick another source, or clear the agency',
    });
    expect(typed({ source: 'agency', agency: 'Harrow & Finch' })).toEqual({});
    expect(typed({ source: 'referral', agency: '' })).toEqual({});
  });

  it('lets an older bid whose source and agency disagree be edited, until the user changes either', () => {
    const stored = { ...emptyFormValues(), title: 'Interim CFO', source: 'agency' as const, agency: '' };
    expect(checkTypedValues({ ...stored, notes: 'Called the CFO' }, stored, 'en-GB')).toEqual({});
    expect(checkTypedValues({ ...stored, source: 'inbound_headhunter' }, stored, 'en-GB')).toEqual({});
    expect(checkTypedValues({ ...stored, agency: 'Harrow & Finch', source: 'direct_approach' }, stored, 'en-GB')).toEqual({
      source: 'A direct approach has no agency: pick another source, or clear the agency',
    });
  });

  it('derives the source from the agency while the user has not picked one', () => {
    expect(emptyFormValues().source).toBe('direct_approach');
    expect(sourceForAgency('Harrow & Finch', 'direct_approach')).toBe('agency');
    expect(sourceForAgency('', 'agency')).toBe('direct_approach');
    expect(sourceForAgency('', 'inbound_headhunter')).toBe('direct_approach');
    expect(sourceForAgency('Harrow & Finch', 'inbound_headhunter')).toBe('inbound_headhunter');
    expect(sourceForAgency('', 'referral')).toBe('referral');
  });
});
