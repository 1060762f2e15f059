import { z } from 'zod';
import {
  addReasonSchema,
  bidOutcomeQuerySchema,
  bidOutcomeSchema,
  noInputSchema,
  reasonListSchema,
  reasonSuggestionSchema,
  rejectionReasonSchema,
  renameReasonSchema,
  saveOutcomeSchema,
  setReasonRetiredSchema,
  suggestReasonsSchema,
} from '../schemas';
import { method } from './method';

export const outcomesContract = {
  listRejectionReasons: method(noInputSchema, reasonListSchema, 'Every rejection reason, grouped in my control / outside it, retired ones flagged.'),
  addRejectionReason: method(addReasonSchema, rejectionReasonSchema, "Adds a reason of the user's own (or restores a retired one of the same name)."),
  renameRejectionReason: method(renameReasonSchema, rejectionReasonSchema, "Renames one of the user's own reasons; built-in ones keep their names."),
  setRejectionReasonRetired: method(setReasonRetiredSchema, rejectionReasonSchema, "Retires one of the user's own reasons (no longer offered) or restores it."),
  getOutcome: method(bidOutcomeQuerySchema, bidOutcomeSchema, "A bid's latest closing as rejected, role pulled or no response, and its outcome if recorded."),
  saveOutcome: method(saveOutcomeSchema, bidOutcomeSchema, 'Records or replaces what happened when a bid closed: reasons, stage reached, feedback, lesson.'),
  suggestRejectionReasons: method(suggestReasonsSchema, z.array(reasonSuggestionSchema), 'Built-in reasons the feedback text points at, each with the words that point at it.'),
};
