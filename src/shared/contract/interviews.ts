import { z } from 'zod';
import {
  bidInterviewsSchema,
  createInterviewSchema,
  feedbackInputSchema,
  interviewIdSchema,
  interviewSchema,
  selfAssessmentInputSchema,
  updateInterviewSchema,
} from '../schemas';
import { method } from './method';

export const interviewsContract = {
  listInterviews: method(bidInterviewsSchema, z.array(interviewSchema), "A bid's interviews, earliest first, with their self-assessment and feedback."),
  createInterview: method(createInterviewSchema, interviewSchema, 'Adds an interview to a bid (and any interviewer typed in as a new contact).'),
  updateInterview: method(updateInterviewSchema, interviewSchema, "Replaces an interview's round, time, format, interviewers, checklist, questions and notes."),
  deleteInterview: method(interviewIdSchema, z.object({ id: z.number() }), 'Deletes an interview with its self-assessment and feedback.'),
  recordSelfAssessment: method(selfAssessmentInputSchema, interviewSchema, 'Saves how the user felt it went (1–5), once it has started, stamped now.'),
  recordFeedback: method(feedbackInputSchema, interviewSchema, 'Saves the feedback received (1–5, text, from whom, on which day).'),
};
