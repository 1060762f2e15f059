import type { BidFormValues } from './form-values';

/** True when the form holds anything the user would lose by closing it: a value differs from the one it opened with. */
export function hasUnsavedChanges(opened: BidFormValues, current: BidFormValues): boolean {
  return (Object.keys(opened) as (keyof BidFormValues)[]).some((field) => JSON.stringify(opened[field]) !== JSON.stringify(current[field]));
}
