import type { skillsContract } from '../../../../shared/contract/skills';
import type { AreaHandlers } from '../../area-handlers';
import type { Clock } from '../../clock';
import type { Db } from '../../db/open';
import { createAction, deleteAction, updateAction } from './actions';
import { createActionFromGap, linkGapToSkill, listSkillGaps, unlinkGapFromSkill } from './gaps';
import { finishSkillReview, getSkills, recordSkillReview, startSkillReview } from './reviews';
import { createSkill, deleteSkill, updateSkill } from './skills';

export function skillsHandlers(db: Db, clock: Clock): AreaHandlers<typeof skillsContract> {
  return {
    getSkills: () => getSkills(db, clock.now()),
    createSkill: (input) => createSkill(db, clock.now(), input),
    updateSkill: (input) => updateSkill(db, clock.now(), input),
    deleteSkill: ({ skillId }) => deleteSkill(db, skillId),
    createAction: (input) => createAction(db, clock.now(), input),
    updateAction: (input) => updateAction(db, clock.now(), input),
    deleteAction: ({ actionId }) => deleteAction(db, actionId),
    listSkillGaps: (input) => listSkillGaps(db, input),
    linkGapToSkill: (input) => linkGapToSkill(db, clock.now(), input),
    unlinkGapFromSkill: (input) => unlinkGapFromSkill(db, clock.now(), input),
    createActionFromGap: (input) => createActionFromGap(db, clock.now(), input),
    startSkillReview: () => startSkillReview(db, clock.now()),
    recordSkillReview: (input) => recordSkillReview(db, clock.now(), input),
    finishSkillReview: ({ reviewId }) => finishSkillReview(db, clock.now(), reviewId),
  };
}
