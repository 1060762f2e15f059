import { bidContractRefSchema, changeContractEndSchema, contractSchema, noInputSchema, saveContractSchema, workSummarySchema } from '../schemas';
import { method } from './method';

export const contractsContract = {
  getContract: method(bidContractRefSchema, contractSchema.nullable(), "A won bid's contract with the history of its end, or null if none is recorded."),
  saveContract: method(saveContractSchema, contractSchema, "Records or edits a won bid's contract; a moved planned end is kept in its history."),
  changeContractEnd: method(changeContractEndSchema, contractSchema, "Extends a contract or brings its end forward, keeping the change and its note."),
  getWorkSummary: method(noInputSchema, workSummarySchema, 'The contract running today with its days left, the bench between contracts, and 12-month utilisation.'),
};
