import type { Stage } from './pipeline';

/** Closing a bid at one of these stages asks what happened (the outcome); withdrawing is the user's own choice. */
export const OUTCOME_STAGES = ['rejected', 'role_pulled', 'no_response'] as const satisfies readonly Stage[];
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];
export function asksForOutcome(stage: Stage): stage is OutcomeStage {
  return (OUTCOME_STAGES as readonly string[]).includes(stage);
}

/** Whether a reason for a rejection is something the user can change ("in my control") or not. */
export const REASON_CONTROLS = ['mine', 'outside'] as const;
export type ReasonControl = (typeof REASON_CONTROLS)[number];
export const REASON_CONTROL_LABELS: Record<ReasonControl, string> = { mine: 'In my control', outside: 'Outside my control' };

/**
 * The built-in reasons, from the recruiters' taxonomy (DOMAIN.md). Their codes are stored; the user adds reasons of
 * their own beside them. `gap`: the reason points at something to develop, and shows on the Skills page.
 */
export const BUILT_IN_REASONS = [
  { code: 'skills_gap', label: 'Skills gap', control: 'mine', gap: true },
  { code: 'experience_gap', label: 'Experience gap (sector or level)', control: 'mine', gap: true },
  { code: 'missing_qualification', label: 'Missing qualification', control: 'mine', gap: true },
  { code: 'preparation', label: 'Preparation', control: 'mine', gap: true },
  { code: 'interview_performance', label: 'Interview performance', control: 'mine', gap: true },
  { code: 'cv_positioning', label: 'CV or positioning mismatch', control: 'mine', gap: false },
  { code: 'rate', label: 'Rate', control: 'mine', gap: false },
  { code: 'availability', label: 'Availability', control: 'mine', gap: false },
  { code: 'internal_hire', label: 'Internal hire', control: 'outside', gap: false },
  { code: 'budget_pulled', label: 'Budget pulled', control: 'outside', gap: false },
  { code: 'project_changed', label: 'Project cancelled or changed', control: 'outside', gap: false },
  { code: 'stronger_candidate', label: 'Stronger or more experienced candidate', control: 'outside', gap: false },
  { code: 'prior_connection', label: 'Candidate with a prior connection', control: 'outside', gap: false },
  { code: 'personal_fit', label: 'Personal preference or fit', control: 'outside', gap: false },
  { code: 'no_reason_given', label: 'No reason given', control: 'outside', gap: false },
] as const satisfies readonly { code: string; label: string; control: ReasonControl; gap: boolean }[];
export type BuiltInReasonCode = (typeof BUILT_IN_REASONS)[number]['code'];
export const BUILT_IN_REASON_CODES = BUILT_IN_REASONS.map((reason) => reason.code) as [BuiltInReasonCode, ...BuiltInReasonCode[]];
