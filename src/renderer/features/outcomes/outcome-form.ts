/** The outcome form's values, where they start from, and what they send: pure, so that they are tested alone. */
import type { OpenStage } from '../../../shared/domain';
import type { BidOutcome, ReasonList, ReasonSuggestion, RejectionReason, SaveOutcomeInput } from '../../../shared/schemas';
import { calendarDateOf } from '../../app/dates';

export interface OutcomeFormValues {
  reasonIds: number[];
  stageReached: OpenStage;
  closedOn: string;
  feedbackRequestedOn: string;
  feedbackReceivedOn: string;
  feedbackText: string;
  /** A contact's name, picked from the suggestions or typed. */
  feedbackFrom: string;
  thankYouSent: boolean;
  doorLeftOpen: boolean;
  lesson: string;
}

export type OutcomeField = keyof OutcomeFormValues;
type Closing = NonNullable<BidOutcome['closing']>;

/** What is stored, or for a new outcome the closing's own facts: its day and the furthest stage reached. */
export function outcomeFormValues(closing: Closing, outcome: BidOutcome['outcome']): OutcomeFormValues {
  if (!outcome) {
    return {
      reasonIds: [],
      stageReached: closing.stageReached,
      closedOn: calendarDateOf(closing.at),
      feedbackRequestedOn: '',
      feedbackReceivedOn: '',
      feedbackText: '',
      feedbackFrom: '',
      thankYouSent: false,
      doorLeftOpen: false,
      lesson: '',
    };
  }
  return {
    reasonIds: outcome.reasons.map((reason) => reason.id),
    stageReached: outcome.stageReached,
    closedOn: outcome.closedOn,
    feedbackRequestedOn: outcome.feedbackRequestedOn ?? '',
    feedbackReceivedOn: outcome.feedbackReceivedOn ?? '',
    feedbackText: outcome.feedbackText,
    feedbackFrom: outcome.feedbackFrom?.name ?? '',
    thankYouSent: outcome.thankYouSent,
    doorLeftOpen: outcome.doorLeftOpen,
    lesson: outcome.lesson,
  };
}

/** The input for saveOutcome: empty dates are none, and the stored contact is kept by id while its name is unchanged. */
export function toSaveInput(bidId: number, closingEventId: number, values: OutcomeFormValues, stored: BidOutcome['outcome']): SaveOutcomeInput {
  const from = values.feedbackFrom.trim();
  const storedFrom = stored?.feedbackFrom;
  return {
    bidId,
    closingEventId,
    reasonIds: values.reasonIds,
    stageReached: values.stageReached,
    closedOn: values.closedOn,
    feedbackRequestedOn: values.feedbackRequestedOn || null,
    feedbackReceivedOn: values.feedbackReceivedOn || null,
    feedbackText: values.feedbackText,
    feedbackFrom: !from ? null : storedFrom && storedFrom.name === from ? { id: storedFrom.id } : { name: from },
    thankYouSent: values.thankYouSent,
    doorLeftOpen: values.doorLeftOpen,
    lesson: values.lesson,
  };
}

export function hasChanges(opened: OutcomeFormValues, current: OutcomeFormValues): boolean {
  return JSON.stringify(opened) !== JSON.stringify(current);
}

/** Ticks a reason, or unticks it; ticked reasons keep the order they were ticked in. */
export function toggled(ids: readonly number[], id: number): number[] {
  return ids.includes(id) ? ids.filter((ticked) => ticked !== id) : [...ids, id];
}

/** The reasons offered: those not retired, and any retired one this outcome already cites (shown, so it can be unticked). */
export function offeredReasons(reasons: readonly RejectionReason[], ticked: readonly number[]): RejectionReason[] {
  return reasons.filter((reason) => !reason.retired || ticked.includes(reason.id));
}

export interface PendingSuggestion {
  phrase: string;
  reason: RejectionReason;
}

/** Suggestions the user can still apply: one per reason, not yet ticked, and for reasons still offered. */
export function pendingSuggestions(suggestions: readonly ReasonSuggestion[], reasons: ReasonList, ticked: readonly number[]): PendingSuggestion[] {
  const byCode = new Map([...reasons.mine, ...reasons.outside].map((reason) => [reason.code, reason]));
  return suggestions.flatMap(({ reason: code, phrase }) => {
    const reason = byCode.get(code);
    return reason && !reason.retired && !ticked.includes(reason.id) ? [{ phrase, reason }] : [];
  });
}

/** The form field a refusal from the core belongs to, by its path: unknown paths go to the form as a whole. */
export function formFieldOf(path: string): OutcomeField | 'form' {
  const field = path.split('.')[0] ?? '';
  const fields: readonly string[] = ['reasonIds', 'stageReached', 'closedOn', 'feedbackRequestedOn', 'feedbackReceivedOn', 'feedbackText', 'feedbackFrom', 'lesson'];
  return fields.includes(field) ? (field as OutcomeField) : 'form';
}
