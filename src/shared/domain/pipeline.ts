/** The pipeline: stages, and the fixed lists a bid is described with. */

/** Stages a bid moves through while it is still alive, in board order. */
export const OPEN_STAGES = ['lead', 'brief', 'submitted', 'shortlisted', 'interview', 'offer', 'won'] as const;
/** Stages that end a bid without a win. */
export const CLOSED_STAGES = ['rejected', 'withdrawn', 'role_pulled', 'no_response'] as const;
export const STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];
export type Stage = (typeof STAGES)[number];
/** The open stages a bid waits in for someone's decision; Won is where it ends. */
export const WAITING_STAGES = ['lead', 'brief', 'submitted', 'shortlisted', 'interview', 'offer'] as const satisfies readonly OpenStage[];
export type WaitingStage = (typeof WAITING_STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  lead: 'Lead',
  brief: 'Brief',
  submitted: 'Submitted',
  shortlisted: 'Shortlisted',
  interview: 'Interview',
  offer: 'Offer',
  won: 'Won',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  role_pulled: 'Role pulled',
  no_response: 'No response',
};

export function isClosedStage(stage: Stage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

export const ENGAGEMENTS = ['interim', 'contract', 'fixed_term', 'permanent'] as const;
export type Engagement = (typeof ENGAGEMENTS)[number];
export const ENGAGEMENT_LABELS: Record<Engagement, string> = {
  interim: 'Interim',
  contract: 'Contract',
  fixed_term: 'Fixed-term',
  permanent: 'Permanent',
};

/** UK off-payroll status; most non-UK roles stay `unknown`. */
export const IR35_STATUSES = ['inside', 'outside', 'unknown'] as const;
export type Ir35Status = (typeof IR35_STATUSES)[number];
export const IR35_LABELS: Record<Ir35Status, string> = {
  inside: 'Inside IR35',
  outside: 'Outside IR35',
  unknown: 'IR35 unknown',
};

export const SOURCES = ['agency', 'direct_approach', 'referral', 'network', 'job_board', 'inbound_headhunter'] as const;
export type Source = (typeof SOURCES)[number];
export const SOURCE_LABELS: Record<Source, string> = {
  agency: 'Agency',
  direct_approach: 'Direct approach',
  referral: 'Referral',
  network: 'Network',
  job_board: 'Job board',
  inbound_headhunter: 'Inbound headhunter',
};

export const REMOTE_MODES = ['on_site', 'hybrid', 'remote'] as const;
export type RemoteMode = (typeof REMOTE_MODES)[number];
export const REMOTE_MODE_LABELS: Record<RemoteMode, string> = {
  on_site: 'On site',
  hybrid: 'Hybrid',
  remote: 'Remote',
};

export const RATE_UNITS = ['day', 'hour', 'year'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];
export const RATE_UNIT_LABELS: Record<RateUnit, string> = { day: 'per day', hour: 'per hour', year: 'per year' };

export const DURATION_UNITS = ['weeks', 'months'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** 1 = low, 2 = normal, 3 = high: stored as a number so that the board can sort on it. */
export const PRIORITIES = [1, 2, 3] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Record<Priority, string> = { 1: 'Low', 2: 'Normal', 3: 'High' };

export const ORGANISATION_KINDS = ['agency', 'client', 'both'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * What a good brief answers ("never accept a two-line brief"). New bids start with these items;
 * the user can tick, add and remove items per bid.
 */
export const DEFAULT_BRIEF_CHECKLIST = [
  'Why the role exists now',
  'Scope and deliverables',
  'Success measures for the first 90 days',
  'Reporting line and stakeholders',
  'Team size and budget',
  'Start date and duration',
  'Rate and IR35 status',
  'Location and remote pattern',
  'Interview process and decision maker',
] as const;

/** Share of brief items ticked, 0–100; an empty checklist counts as 0 so that it shows as "no brief yet". */
export function briefCompleteness(items: readonly { done: boolean }[]): number {
  if (items.length === 0) return 0;
  const done = items.filter((item) => item.done).length;
  return Math.round((done / items.length) * 100);
}

/** Common ISO 4217 currencies offered first; any three-letter code is accepted. */
export const COMMON_CURRENCIES = ['GBP', 'EUR', 'USD', 'CHF', 'AUD', 'CAD'] as const;
