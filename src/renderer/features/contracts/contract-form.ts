/** The contract form's values as typed, and the input they make: the same checks as the core, plus the rate as typed. */
import { type RateUnit } from '../../../shared/domain';
import type { Bid, Contract, SaveContractInput } from '../../../shared/schemas';
import { readAmount } from '../bid-form/amount';

export interface ContractFormValues {
  startOn: string;
  plannedEndOn: string;
  actualEndOn: string;
  rateAmount: string;
  rateCurrency: string;
  rateUnit: RateUnit;
}

export type ContractFormField = keyof ContractFormValues;

/** A stored contract as the form shows it; a new one starts from the bid's expected dates and rate. */
export function contractFormValues(bid: Bid, contract: Contract | null): ContractFormValues {
  const rate = contract ? contract.rate : bid.rate;
  return {
    startOn: contract?.startOn ?? bid.expectedStart ?? '',
    plannedEndOn: contract?.plannedEndOn ?? bid.expectedEnd ?? '',
    actualEndOn: contract?.actualEndOn ?? '',
    rateAmount: rate ? String(rate.amount) : '',
    rateCurrency: rate?.currency ?? 'GBP',
    rateUnit: rate?.unit ?? 'day',
  };
}

/** The input to save, or the message for a rate that cannot be read as a number. */
export function toSaveContractInput(bidId: number, values: ContractFormValues): SaveContractInput | { rateError: string } {
  let rate: SaveContractInput['rate'] = null;
  if (values.rateAmount.trim()) {
    const read = readAmount(values.rateAmount);
    if ('error' in read) return { rateError: read.error };
    rate = { amount: read.amount, currency: (read.currency ?? values.rateCurrency).trim().toUpperCase(), unit: values.rateUnit };
  }
  return {
    bidId,
    startOn: values.startOn,
    plannedEndOn: values.plannedEndOn,
    actualEndOn: values.actualEndOn || null,
    rate,
  };
}

const FIELD_OF_PATH: Record<string, ContractFormField> = {
  startOn: 'startOn',
  plannedEndOn: 'plannedEndOn',
  actualEndOn: 'actualEndOn',
  rate: 'rateAmount',
  'rate.amount': 'rateAmount',
  'rate.currency': 'rateCurrency',
  'rate.unit': 'rateUnit',
};

export type ContractFormErrors = Partial<Record<ContractFormField | 'form', string>>;

/** Errors keyed by input path (`rate.amount`) moved onto the form's fields; anything else goes above the form. */
export function contractFormErrors(fields: Record<string, string>): ContractFormErrors {
  const errors: ContractFormErrors = {};
  for (const [path, message] of Object.entries(fields)) errors[FIELD_OF_PATH[path] ?? 'form'] ??= message;
  return errors;
}

/** Every way the values cannot be saved, field by field: empty dates said as such, then the core's own checks. */
export function checkContractForm(bidId: number, values: ContractFormValues, check: (input: SaveContractInput) => Record<string, string>): {
  input: SaveContractInput | null;
  errors: ContractFormErrors;
} {
  const missing: ContractFormErrors = {};
  if (!values.startOn) missing.startOn = 'Start is required';
  if (!values.plannedEndOn) missing.plannedEndOn = 'Planned end is required';
  const read = toSaveContractInput(bidId, values);
  if ('rateError' in read) return { input: null, errors: { rateAmount: read.rateError, ...missing } };
  const errors = { ...contractFormErrors(check(read)), ...missing };
  return { input: Object.keys(errors).length === 0 ? read : null, errors };
}
