import { describe, expect, it } from 'vitest';
import type { BuiltInReasonCode } from '../../../../shared/domain';
import { FEEDBACK_BY_REASON } from '../../fixtures/feedback-phrases';
import { suggestRejectionReasons } from './suggest-reasons';

type Expected = [BuiltInReasonCode, string][];

/** Feedback as recruiters and hiring managers word it, and what each must suggest: reason and triggering words. */
const CORPUS: [string, Expected][] = [
  // The ways of saying it that the issue names.
  ['Unfortunately they went with an internal candidate.', [['internal_hire', 'went with an internal candidate']]],
  ['The client has decided to promote from within.', [['internal_hire', 'promote from within']]],
  ["I'm afraid the budget has been pulled for this one.", [['budget_pulled', 'budget has been pulled']]],
  [
    'They have gone with someone with more sector experience.',
    [
      ['stronger_candidate', 'someone with more sector experience'],
      ['experience_gap', 'more sector experience'],
    ],
  ],
  ['Sadly the project has been put on hold until Q3.', [['project_changed', 'project has been put on hold']]],
  ['They felt you lacked a formal qualification for a regulated role.', [['missing_qualification', 'lacked a formal qualification']]],
  ["Honestly, you didn't seem to know much about the business.", [['preparation', "didn't seem to know much about the business"]]],
  // Negation: the phrase is there, but the feedback says it was not the reason.
  ['It was not because of your experience; the role has been filled internally.', [['internal_hire', 'filled internally']]],
  ["They had no concerns about your experience, it just came down to a stronger candidate.", [['stronger_candidate', 'stronger candidate']]],
  ['Your rate was never an issue.', []],
  ["It wasn't an internal hire, they simply went with another candidate.", [['stronger_candidate', 'went with another candidate']]],
  ['Your notice period was not a problem for them.', []],
  ["The budget wasn't pulled, but the scope has changed quite a bit.", [['project_changed', 'scope has changed']]],
  ['Nothing to do with your skills gap, they just preferred someone else.', [['personal_fit', 'preferred someone else']]],
  ['To be clear, this is not a cultural fit thing at all.', []],
  // Other wordings of each reason.
  ['They need someone who is CIMA qualified, which is a must-have for the board.', [['missing_qualification', 'need someone who is CIMA qualified']]],
  ['The role requires a chartered accountancy qualification.', [['missing_qualification', 'requires a chartered accountancy qualification']]],
  ['The hiring manager felt you lacked the technical skills for the Workday rollout.', [['skills_gap', 'lacked the technical skills']]],
  ['They were looking for stronger SAP S/4HANA skills.', [['skills_gap', 'stronger SAP S/4HANA skills']]],
  ['There is a gap in your data analytics knowledge compared with what they need.', [['skills_gap', 'gap in your data analytics knowledge']]],
  ["You hadn't worked in a regulated sector before, which worried them.", [['experience_gap', "hadn't worked in a regulated sector"]]],
  ['They want more board-level experience for this interim CFO role.', [['experience_gap', 'more board-level experience']]],
  ['They felt you were too junior for a group-level remit.', [['experience_gap', 'too junior']]],
  ["Feedback was that you hadn't done your homework on their growth plans.", [['preparation', "hadn't done your homework"]]],
  ['They thought you seemed under-prepared for the second interview.', [['preparation', 'under-prepared']]],
  ['You came across as a bit nervous in the panel.', [['interview_performance', 'came across as a bit nervous']]],
  ['Your answers were too long and the panel lost the thread.', [['interview_performance', 'answers were too long']]],
  ['The presentation didn’t land with the CFO.', [['interview_performance', 'presentation didn’t land']]],
  ["Your CV doesn't really reflect the transformation work you described.", [['cv_positioning', "CV doesn't really reflect"]]],
  ['They saw you as overqualified for a hands-on controller role.', [['cv_positioning', 'overqualified']]],
  ['Your day rate was too high compared with the other shortlisted interims.', [['rate', 'day rate was too high']]],
  ['They could not stretch to your rate this time.', [['rate', 'could not stretch to your rate']]],
  ['They need someone who can start immediately and you have a three-month notice period.', [['availability', 'need someone who can start immediately']]],
  ["Your availability was a sticking point; they couldn't wait until March.", [['availability', 'availability was a sticking point']]],
  ["They've recruited internally in the end.", [['internal_hire', 'recruited internally']]],
  ['An existing team member will step up to cover the role.', [['internal_hire', 'existing team member will step up']]],
  ['There is a hiring freeze across the group until the new financial year.', [['budget_pulled', 'hiring freeze']]],
  ['They lost their funding after the half-year results.', [['budget_pulled', 'lost their funding']]],
  ['The programme has been cancelled following the acquisition.', [['project_changed', 'programme has been cancelled']]],
  ['The business has decided not to proceed with the role after a restructure.', [['project_changed', 'decided not to proceed with the role']]],
  ['It was a very strong field and you were narrowly pipped to the post.', [['stronger_candidate', 'very strong field']]],
  ['The client went with someone the CEO had worked with before.', [['prior_connection', 'someone the CEO had worked with']]],
  ['The successful candidate was a former colleague of the chair.', [['prior_connection', 'former colleague']]],
  ['It came down to cultural fit with the leadership team.', [['personal_fit', 'came down to cultural fit']]],
  ["You and the MD just didn't click.", [['personal_fit', "didn't click"]]],
  ["They didn't give any feedback, I'm afraid.", [['no_reason_given', "didn't give any feedback"]]],
  ['I chased twice but the client went quiet.', [['no_reason_given', 'went quiet']]],
  ['Unfortunately you were unsuccessful on this occasion.', [['no_reason_given', 'unsuccessful on this occasion']]],
  // "No reason given" only when no other reason is.
  ['Unsuccessful this time: they went with an internal candidate.', [['internal_hire', 'went with an internal candidate']]],
  ['They have decided not to proceed with your application.', [['no_reason_given', 'decided not to proceed with your application']]],
  ["They didn't feel you had enough experience of private equity.", [['experience_gap', "didn't feel you had enough experience"]]],
  ['There were concerns about your lack of public sector experience.', [['experience_gap', 'lack of public sector experience']]],
  ['Your knowledge of IFRS 17 was a little light.', [['skills_gap', 'knowledge of IFRS 17 was a little light']]],
  ['They decided to keep the work in-house.', [['internal_hire', 'keep the work in-house']]],
  ['The rate wasn’t the issue; it was the notice period.', [['availability', 'it was the notice period']]],
  ['The client was not able to proceed as the budget has been pulled.', [['budget_pulled', 'budget has been pulled']]],
  // Several reasons in one message, in the order they are written, each once.
  [
    'They went with an internal candidate, and to be honest the budget had been cut anyway. They also felt your rate was above their budget.',
    [
      ['internal_hire', 'went with an internal candidate'],
      ['budget_pulled', 'budget had been cut'],
      ['rate', 'rate was above'],
    ],
  ],
  [
    'The panel liked you but felt you lacked sector experience. Another candidate had more sector experience, and they went with them.',
    [
      ['experience_gap', 'lacked sector experience'],
      ['stronger_candidate', 'Another candidate had more sector experience'],
    ],
  ],
  // Feedback that must suggest nothing.
  ['They had no doubt your experience was relevant.', []],
  ['Please could you send over your availability for next week?', []],
  ['They really enjoyed meeting you and thought your experience was excellent.', []],
  ['Thanks for your time on Tuesday; I will be in touch next week.', []],
  ['Your skills and experience are a great match, they just need a few more days to decide.', []],
  ['You clearly have more than enough experience for this.', []],
  ['The interview went well and they were impressed with your answers.', []],
  ['', []],
];

describe('suggesting rejection reasons from feedback', () => {
  it('is tested on a corpus of at least 40 sentences, some of which suggest nothing', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(CORPUS.filter(([, expected]) => expected.length === 0).length).toBeGreaterThanOrEqual(8);
  });

  it.each(CORPUS)('%j', (text, expected) => {
    expect(suggestRejectionReasons(text).map(({ reason, phrase }) => [reason, phrase])).toEqual(expected);
  });

  // The sample data's feedback is worded to be found, as a user's would be.
  it.each(Object.entries(FEEDBACK_BY_REASON).flatMap(([reason, texts]) => texts.map((text) => [reason, text])))('finds %s in the sample feedback %j', (reason, text) => {
    expect(suggestRejectionReasons(text).map((suggestion) => suggestion.reason)).toContain(reason);
  });

  it('quotes the feedback exactly as written, whatever its case and apostrophes', () => {
    expect(suggestRejectionReasons('THE BUDGET HAS BEEN PULLED.')).toEqual([{ reason: 'budget_pulled', phrase: 'BUDGET HAS BEEN PULLED' }]);
    expect(suggestRejectionReasons('You didn’t seem to know much about the business')[0]?.phrase).toBe('didn’t seem to know much about the business');
  });

  it('suggests each reason once, at its first mention that is not negated', () => {
    const text = "It wasn't an internal hire in the end. Well, they promoted from within after all, an internal candidate.";
    expect(suggestRejectionReasons(text)).toEqual([{ reason: 'internal_hire', phrase: 'promoted from within' }]);
  });
});
