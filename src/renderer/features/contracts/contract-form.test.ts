import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from '../../../shared/errors';
import { saveContractSchema, type Bid } from '../../../shared/schemas';
import { safeParseInput } from '../../../shared/validation-messages';
import { checkContractForm, contractFormValues, type ContractFormValues } from './contract-form';

const bid = { id: 7, expectedStart: '2026-04-01', expectedEnd: '2026-09-30', rate: { amount: 850, currency: 'GBP', unit: 'day' } } as Bid;

function coreCheck(input: unknown): Record<string, string> {
  const parsed = safeParseInput(saveContractSchema, input);
  return parsed.success ? {} : fieldErrorsFrom(parsed.error);
}

function check(values: Partial<ContractFormValues>) {
  return checkContractForm(7, { ...contractFormValues(bid, null), ...values }, coreCheck);
}

describe('the contract form', () => {
  it('starts a new contract from the bid’s expected dates and rate', () => {
    expect(contractFormValues(bid, null)).toEqual({
      startOn: '2026-04-01',
      plannedEndOn: '2026-09-30',
      actualEndOn: '',
      rateAmount: '850',
      rateCurrency: 'GBP',
      rateUnit: 'day',
    });
  });

  it('sends the rate as typed, with the currency its symbol names, and no rate when left empty', () => {
    expect(check({ rateAmount: '€1,250.50' }).input).toEqual({
      bidId: 7,
      startOn: '2026-04-01',
      plannedEndOn: '2026-09-30',
      actualEndOn: null,
      rate: { amount: 1250.5, currency: 'EUR', unit: 'day' },
    });
    expect(check({ rateAmount: ' ' }).input?.rate).toBeNull();
  });

  it('says which dates are missing or out of order, and a rate that is not a number', () => {
    expect(check({ startOn: '', plannedEndOn: '' }).errors).toEqual({ startOn: 'Start is required', plannedEndOn: 'Planned end is required' });
    expect(check({ actualEndOn: '2026-03-01' })).toEqual({ input: null, errors: { actualEndOn: 'Actual end cannot be before the start' } });
    expect(check({ rateAmount: 'lots' }).errors).toEqual({ rateAmount: 'Rate must be a number, such as 750, £850 or 1,250.50' });
    expect(check({ rateCurrency: 'pounds' }).errors).toEqual({ rateCurrency: 'Currency must be a three-letter code such as GBP or EUR' });
  });
});
