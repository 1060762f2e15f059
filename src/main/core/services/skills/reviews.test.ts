import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../dispatch';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const DAY = 86_400_000;

function twoSkills() {
  const { api } = setup;
  const sap = api.createSkill({ name: 'SAP S/4HANA', level: 2, evidence: '', lastReviewedOn: '2024-05-01' });
  const people = api.createSkill({ name: 'Stakeholder management', level: 4, evidence: '', lastReviewedOn: null });
  return { sap, people };
}

describe('the skills MOT', () => {
  it('records each skill’s level and note, stamps it reviewed today, and is finished once every skill is seen', () => {
    setup = tempApi();
    const { api } = setup;
    const { sap, people } = twoSkills();
    expect(api.getSkills(undefined)).toMatchObject({ lastReview: null, reviewDue: true, openReview: null });

    const review = api.startSkillReview(undefined);
    expect(review).toEqual({ id: review.id, startedAt: TEST_NOW, finishedAt: null, entries: [] });
    setup.clock.advance(60_000);
    api.recordSkillReview({ reviewId: review.id, skillId: sap.id, level: 3, note: 'Sandbox month-end done twice' });
    expect(dispatch(api, 'finishSkillReview', { reviewId: review.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '1 skill is not reviewed in this MOT yet: “Stakeholder management”. Review it to finish.' },
    });
    api.recordSkillReview({ reviewId: review.id, skillId: people.id, level: 4, note: '' });
    setup.clock.advance(60_000);
    const finished = api.finishSkillReview({ reviewId: review.id });

    expect(finished).toEqual({
      id: review.id,
      startedAt: TEST_NOW,
      finishedAt: TEST_NOW + 120_000,
      entries: [
        { skillId: sap.id, level: 3, note: 'Sandbox month-end done twice', reviewedAt: TEST_NOW + 60_000 },
        { skillId: people.id, level: 4, note: '', reviewedAt: TEST_NOW + 60_000 },
      ],
    });
    const overview = api.getSkills(undefined);
    expect(overview.skills.map(({ name, level, lastReviewedOn }) => ({ name, level, lastReviewedOn }))).toEqual([
      { name: 'SAP S/4HANA', level: 3, lastReviewedOn: '2026-03-02' },
      { name: 'Stakeholder management', level: 4, lastReviewedOn: '2026-03-02' },
    ]);
    expect(overview).toMatchObject({ lastReview: { id: review.id, finishedAt: TEST_NOW + 120_000, skillsReviewed: 2 }, reviewDue: false, openReview: null });
  });

  it('names at most three skills still to review when refusing to finish', () => {
    setup = tempApi();
    for (const name of ['Audit', 'Budgeting', 'Cash flow', 'Due diligence', 'ERP']) setup.api.createSkill({ name, level: 3, evidence: '', lastReviewedOn: null });
    const review = setup.api.startSkillReview(undefined);
    expect(dispatch(setup.api, 'finishSkillReview', { reviewId: review.id })).toMatchObject({
      ok: false,
      error: { message: '5 skills are not reviewed in this MOT yet: “Audit”, “Budgeting”, “Cash flow” and 2 more. Review them to finish.' },
    });
  });

  it('resumes the MOT in progress instead of starting a second, and keeps a skill’s latest answer when gone back to', () => {
    setup = tempApi();
    const { api } = setup;
    const { sap } = twoSkills();
    const review = api.startSkillReview(undefined);
    api.recordSkillReview({ reviewId: review.id, skillId: sap.id, level: 3, note: 'first go' });
    api.recordSkillReview({ reviewId: review.id, skillId: sap.id, level: 2, note: 'on reflection' });
    const resumed = api.startSkillReview(undefined);
    expect(resumed.id).toBe(review.id);
    expect(resumed.entries).toMatchObject([{ skillId: sap.id, level: 2, note: 'on reflection' }]);
    expect(api.getSkills(undefined).openReview?.id).toBe(review.id);
  });

  it('is due again a year after the last one was finished', () => {
    setup = tempApi();
    const { api, clock } = setup;
    const { sap, people } = twoSkills();
    const review = api.startSkillReview(undefined);
    for (const skill of [sap, people]) api.recordSkillReview({ reviewId: review.id, skillId: skill.id, level: 3, note: '' });
    api.finishSkillReview({ reviewId: review.id });
    clock.advance(364 * DAY);
    expect(api.getSkills(undefined).reviewDue).toBe(false);
    clock.advance(DAY);
    expect(api.getSkills(undefined).reviewDue).toBe(true);
  });

  it('refuses to start without skills, and to record in a finished MOT', () => {
    setup = tempApi();
    const { api } = setup;
    expect(dispatch(api, 'startSkillReview', {})).toMatchObject({ ok: false, error: { message: 'Add your skills first: an MOT reviews each of them in turn.' } });
    expect(api.getSkills(undefined).reviewDue).toBe(false);
    const { sap, people } = twoSkills();
    // A skill deleted before the MOT is not waited for.
    api.deleteSkill({ skillId: people.id });
    const review = api.startSkillReview(undefined);
    api.recordSkillReview({ reviewId: review.id, skillId: sap.id, level: 2, note: '' });
    api.finishSkillReview({ reviewId: review.id });
    expect(dispatch(api, 'recordSkillReview', { reviewId: review.id, skillId: sap.id, level: 5, note: '' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'This MOT is finished. Start a new one to review your skills again.' },
    });
    expect(dispatch(api, 'recordSkillReview', { reviewId: 999, skillId: sap.id, level: 5, note: '' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
