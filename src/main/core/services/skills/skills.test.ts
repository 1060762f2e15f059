import { afterEach, describe, expect, it } from 'vitest';
import type { ApiInput } from '../../../../shared/contract';
import type { ApiMethod } from '../../../../shared/api-methods';
import { dispatch } from '../../dispatch';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

function call<M extends ApiMethod>(method: M, input: ApiInput<M>) {
  return dispatch(setup.api, method, input);
}

const stakeholders = { name: 'Stakeholder management', level: 4, evidence: 'Chaired the ERP steering group', lastReviewedOn: null };

describe('skills', () => {
  it('are listed by name with their level, evidence and actions, open actions first and soonest first', () => {
    setup = tempApi();
    const { api } = setup;
    const sap = api.createSkill({ name: 'SAP S/4HANA', level: 2, evidence: '', lastReviewedOn: '2025-11-01' });
    const people = api.createSkill(stakeholders);
    api.createAction({ skillId: sap.id, kind: 'course', title: 'S/4 finance course', status: 'done', targetOn: '2026-01-31' });
    api.createAction({ skillId: sap.id, kind: 'practice', title: 'Sandbox month-end', status: 'planned', targetOn: null });
    api.createAction({ skillId: sap.id, kind: 'certification', title: 'SAP certified associate', status: 'in_progress', targetOn: '2026-06-30' });

    const { skills } = api.getSkills(undefined);
    expect(skills.map((skill) => skill.name)).toEqual(['SAP S/4HANA', 'Stakeholder management']);
    expect(skills[0]).toMatchObject({ id: sap.id, level: 2, lastReviewedOn: '2025-11-01', gapCount: 0 });
    expect(skills[0]!.actions.map((action) => action.title)).toEqual(['SAP certified associate', 'Sandbox month-end', 'S/4 finance course']);
    expect(skills[1]).toMatchObject({ id: people.id, evidence: 'Chaired the ERP steering group', actions: [] });
  });

  it('refuse a second skill of the same name in another spelling, on create and on rename', () => {
    setup = tempApi();
    setup.api.createSkill(stakeholders);
    const refusal = { ok: false, error: { code: 'CONFLICT', fields: { name: 'You already have a skill called “Stakeholder management”' } } };
    expect(call('createSkill', { ...stakeholders, name: '  stakeholder   MANAGEMENT ' })).toMatchObject(refusal);
    const other = setup.api.createSkill({ ...stakeholders, name: 'IFRS 17' });
    expect(call('updateSkill', { skillId: other.id, ...stakeholders, name: 'Stakeholder Management' })).toMatchObject(refusal);
    // Renaming a skill to its own name in another case is fine.
    expect(call('updateSkill', { skillId: other.id, ...stakeholders, name: 'ifrs 17' })).toMatchObject({ ok: true, value: { name: 'ifrs 17' } });
  });

  it('refuse a level outside 1 to 5, an empty name and a review date still to come, in words', () => {
    setup = tempApi();
    expect(call('createSkill', { ...stakeholders, level: 6 })).toMatchObject({ ok: false, error: { message: 'Level must be a whole number from 1 to 5' } });
    expect(call('createSkill', { ...stakeholders, level: 2.5 })).toMatchObject({ ok: false, error: { message: 'Level must be a whole number from 1 to 5' } });
    expect(call('createSkill', { ...stakeholders, name: '   ' })).toMatchObject({ ok: false, error: { message: 'Skill name is required' } });
    expect(call('createSkill', { ...stakeholders, lastReviewedOn: '2026-03-03' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { lastReviewedOn: 'Last reviewed cannot be in the future' } },
    });
    expect(call('createSkill', { ...stakeholders, lastReviewedOn: '2026-03-02' })).toMatchObject({ ok: true });
  });

  it('are edited and deleted with their actions; a gone skill is named as such', () => {
    setup = tempApi();
    const { api } = setup;
    const skill = api.createSkill(stakeholders);
    const action = api.createAction({ skillId: skill.id, kind: 'mentor', title: 'Mentor from the IoD', status: 'planned', targetOn: null });
    setup.clock.advance(1000);
    expect(api.updateSkill({ skillId: skill.id, ...stakeholders, level: 5, evidence: 'Board-level programme' })).toMatchObject({ level: 5, evidence: 'Board-level programme' });
    expect(api.updateAction({ actionId: action.id, skillId: skill.id, kind: 'mentor', title: 'Mentor from the IoD', status: 'done', targetOn: '2026-02-01' })).toMatchObject({
      status: 'done',
      targetOn: '2026-02-01',
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW + 1000,
    });
    api.deleteSkill({ skillId: skill.id });
    expect(api.getSkills(undefined).skills).toEqual([]);
    expect(setup.database.sqlite.prepare('SELECT count(*) FROM development_actions').pluck().get()).toBe(0);
    expect(call('updateSkill', { skillId: skill.id, ...stakeholders })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/^That skill no longer exists/) } });
    expect(call('createAction', { skillId: skill.id, kind: 'course', title: 'x', status: 'planned', targetOn: null })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(call('deleteAction', { actionId: action.id })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^That development action no longer exists/) } });
  });

  it('refuse an action without a title or of an unknown kind, naming the field', () => {
    setup = tempApi();
    const skill = setup.api.createSkill(stakeholders);
    const action = { skillId: skill.id, kind: 'course', title: 'IoD course', status: 'planned', targetOn: null } as const;
    expect(call('createAction', { ...action, title: '' })).toMatchObject({ ok: false, error: { message: 'Title is required' } });
    expect(call('createAction', { ...action, kind: 'webinar' as 'course' })).toMatchObject({
      ok: false,
      error: { message: 'Action kind must be one of: course, volunteering, mentor, practice, certification' },
    });
    expect(call('createAction', { ...action, targetOn: '30/06/2026' })).toMatchObject({ ok: false, error: { message: 'Target date must be a date in the form YYYY-MM-DD' } });
  });
});
