import { z } from 'zod';
import {
  actionIdSchema,
  createActionFromGapSchema,
  createActionSchema,
  createSkillSchema,
  developmentActionSchema,
  linkGapSchema,
  listSkillGapsSchema,
  noInputSchema,
  recordSkillReviewSchema,
  reviewIdSchema,
  skillGapSchema,
  skillGapsSchema,
  skillIdSchema,
  skillReviewSchema,
  skillSchema,
  skillsOverviewSchema,
  unlinkGapSchema,
  updateActionSchema,
  updateSkillSchema,
} from '../schemas';
import { method } from './method';

const removed = z.object({ id: z.number() });

export const skillsContract = {
  getSkills: method(noInputSchema, skillsOverviewSchema, 'Every skill with its actions, the last MOT, whether one is due, and an MOT in progress.'),
  createSkill: method(createSkillSchema, skillSchema, 'Adds a skill; its name must differ from every other skill’s.'),
  updateSkill: method(updateSkillSchema, skillSchema, 'Replaces a skill’s name, level, evidence and last reviewed date.'),
  deleteSkill: method(skillIdSchema, removed, 'Deletes a skill with its actions and its links to gaps.'),
  createAction: method(createActionSchema, developmentActionSchema, 'Adds a development action to a skill.'),
  updateAction: method(updateActionSchema, developmentActionSchema, 'Replaces a development action’s fields, its skill included.'),
  deleteAction: method(actionIdSchema, removed, 'Deletes a development action.'),
  listSkillGaps: method(listSkillGapsSchema, skillGapsSchema, 'Rejections whose reasons point at a gap, newest first, with their bids and linked skills.'),
  linkGapToSkill: method(linkGapSchema, skillGapSchema, 'Links a gap seen in a rejection to a skill (created if typed in).'),
  unlinkGapFromSkill: method(unlinkGapSchema, skillGapSchema, 'Removes the link between a gap and a skill.'),
  createActionFromGap: method(
    createActionFromGapSchema,
    z.object({ gap: skillGapSchema, action: developmentActionSchema }),
    'Creates a development action for a gap, linking the gap to the action’s skill.',
  ),
  startSkillReview: method(noInputSchema, skillReviewSchema, 'Starts this year’s skills MOT, or returns the one already in progress.'),
  recordSkillReview: method(recordSkillReviewSchema, skillReviewSchema, 'Records one skill’s level and note in an MOT, stamping the skill as reviewed today.'),
  finishSkillReview: method(reviewIdSchema, skillReviewSchema, 'Finishes an MOT once every skill has been reviewed in it.'),
};
