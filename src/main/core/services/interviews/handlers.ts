import type { interviewsContract } from '../../../../shared/contract/interviews';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { recordFeedback, recordSelfAssessment } from './assessments';
import { listInterviews } from './read';
import { createInterview, deleteInterview, updateInterview } from './write';

export function interviewsHandlers(db: Db, clock: Clock): AreaHandlers<typeof interviewsContract> {
  return {
    listInterviews: ({ bidId }) => listInterviews(db, clock.now(), bidId),
    createInterview: (input) => createInterview(db, clock.now(), input),
    updateInterview: (input) => updateInterview(db, clock.now(), input),
    deleteInterview: ({ interviewId }) => deleteInterview(db, interviewId),
    recordSelfAssessment: (input) => recordSelfAssessment(db, clock.now(), input),
    recordFeedback: (input) => recordFeedback(db, clock.now(), input),
  };
}
