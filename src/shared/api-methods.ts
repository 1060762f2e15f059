/**
 * The names of the API's methods, kept free of any import so that the sandboxed preload can bundle it
 * without pulling in zod. `contract.ts` is checked against this list at compile time and in a test.
 */
export const API_METHODS = [
  'getBoard',
  'getColumnPage',
  'getBid',
  'createBid',
  'updateBid',
  'moveBid',
  'undoMove',
  'setArchived',
  'deleteBid',
  'searchOrganisations',
  'searchContacts',
  'listTags',
  'loadSampleData',
  'listInterviews',
  'createInterview',
  'updateInterview',
  'deleteInterview',
  'recordSelfAssessment',
  'recordFeedback',
  'getContract',
  'saveContract',
  'changeContractEnd',
  'getWorkSummary',
  'getSkills',
  'createSkill',
  'updateSkill',
  'deleteSkill',
  'createAction',
  'updateAction',
  'deleteAction',
  'listSkillGaps',
  'linkGapToSkill',
  'unlinkGapFromSkill',
  'createActionFromGap',
  'startSkillReview',
  'recordSkillReview',
  'finishSkillReview',
  'listRejectionReasons',
  'addRejectionReason',
  'renameRejectionReason',
  'setRejectionReasonRetired',
  'getOutcome',
  'saveOutcome',
  'suggestRejectionReasons',
  'getInsights',
  'getInsightBids',
  'logInteraction',
  'listInteractions',
  'listReminders',
  'completeReminder',
  'snoozeReminder',
  'dismissReminder',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

/** The IPC channel a method travels on. */
export function ipcChannel(method: ApiMethod): string {
  return `stint:${method}`;
}
