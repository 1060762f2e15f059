import type { ApiParsedInput } from '../../../shared/contract';
import { saveOutcomeSchema, type SaveOutcomeInput } from '../../../shared/schemas';

/** What the dialog sends for a bid closed by `closingEventId`, with nothing filled in; tests set what they are about. */
export function outcomeInput(bidId: number, closingEventId: number, overrides: Partial<SaveOutcomeInput> = {}): SaveOutcomeInput {
  return {
    bidId,
    closingEventId,
    reasonIds: [],
    stageReached: 'interview',
    closedOn: '2026-03-02',
    feedbackRequestedOn: null,
    feedbackReceivedOn: null,
    feedbackText: '',
    feedbackFrom: null,
    thankYouSent: false,
    doorLeftOpen: false,
    lesson: '',
    ...overrides,
  };
}

/** The same, parsed as the transport hands it to the core. */
export function parsedOutcome(bidId: number, closingEventId: number, overrides: Partial<SaveOutcomeInput> = {}): ApiParsedInput<'saveOutcome'> {
  return saveOutcomeSchema.parse(outcomeInput(bidId, closingEventId, overrides));
}
