/**
 * The rules that make reminders, evaluated together: pure functions of the database and the clock. They run at
 * start-up and once a minute in the hosts, before reminders are read after any write (freshness.ts), and after
 * an interaction is logged or the settings saved. Each makes at most one reminder per trigger, ever.
 */
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { evaluateDoorOpen } from './rules/door-open';
import { evaluateFeedbackFollowUp } from './rules/feedback-follow-up';
import { evaluateGoneQuiet } from './rules/gone-quiet';
import { evaluateInterviewReminders } from './rules/interviews';
import { evaluateKeepInTouch } from './rules/keep-in-touch';
import { evaluatePipelineCover } from './rules/pipeline-cover';
import { evaluateSkillsMot } from './rules/skills-mot';
import { evaluateThankYou } from './rules/thank-you';
import { getSettings } from '../settings/settings';

export function evaluateReminders(db: Db, now: number): void {
  writeTransaction(db, (tx) => {
    const settings = getSettings(tx);
    evaluateKeepInTouch(tx, now, settings);
    evaluateThankYou(tx, now, settings.workingDays);
    evaluateInterviewReminders(tx, now);
    evaluatePipelineCover(tx, now, settings.liveBidsTarget);
    evaluateSkillsMot(tx, now);
    evaluateFeedbackFollowUp(tx, now);
    evaluateDoorOpen(tx, now);
    evaluateGoneQuiet(tx, now);
  });
}
