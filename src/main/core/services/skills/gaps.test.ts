import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../dispatch';
import { parsedBid } from '../../test-support/bid-input';
import { recordRejection } from '../../test-support/rejection-outcome';
import { tempApi } from '../../test-support/temp-database';

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

function reject(spec: Parameters<typeof recordRejection>[1]) {
  return recordRejection(setup.api, spec);
}

describe('gaps seen in rejections', () => {
  it('lists only outcomes with a reason pointing at a gap, newest first, with the bid, every reason and the feedback’s start', () => {
    setup = tempApi();
    const older = reject({ title: 'Interim CFO', client: 'Harbour Foods', reasons: ['skills_gap', 'rate'], closedOn: '2026-01-10', feedback: 'They wanted hands-on SAP S/4HANA.' });
    const newer = reject({ title: 'Finance Transformation Lead', reasons: ['interview_performance'], closedOn: '2026-02-14', feedback: 'Good experience. '.repeat(40) });
    reject({ title: 'Head of FP&A', reasons: ['internal_hire', 'budget_pulled'], closedOn: '2026-02-20' });
    reject({ title: 'Group Controller', reasons: [], closedOn: '2026-02-21' });

    const { gaps, total } = setup.api.listSkillGaps({ limit: 50 });
    expect(total).toBe(2);
    expect(gaps.map((gap) => gap.outcomeId)).toEqual([newer.outcomeId, older.outcomeId]);
    expect(gaps[1]).toEqual({
      outcomeId: older.outcomeId,
      bid: { id: older.bidId, title: 'Interim CFO', client: 'Harbour Foods' },
      closedAs: 'rejected',
      closedOn: '2026-01-10',
      stageReached: 'interview',
      reasons: [
        { id: expect.any(Number), label: 'Skills gap', pointsAtGap: true },
        { id: expect.any(Number), label: 'Rate', pointsAtGap: false },
      ],
      feedbackExcerpt: 'They wanted hands-on SAP S/4HANA.',
      lesson: '',
      skills: [],
    });
    expect(gaps[0]!.feedbackExcerpt).toMatch(/^Good experience\. Good experience\..*experience…$/);
    expect(gaps[0]!.feedbackExcerpt.length).toBeLessThanOrEqual(241);
  });

  it('is empty when no rejection names a gap: nothing is invented from stages alone', () => {
    setup = tempApi();
    reject({ title: 'Head of FP&A', reasons: ['stronger_candidate'] });
    // Rejected at the final interview with no outcome recorded: a stage says nothing about a gap.
    const bare = setup.api.createBid(parsedBid({ title: 'Programme Director', stage: 'interview' }));
    setup.api.moveBid({ id: bare.id, to: 'rejected' });
    expect(setup.api.listSkillGaps({ limit: 50 })).toEqual({ gaps: [], total: 0 });
  });

  it('returns at most `limit` gaps and the total', () => {
    setup = tempApi();
    for (const day of ['01', '02', '03']) reject({ title: `Bid ${day}`, reasons: ['preparation'], closedOn: `2026-02-${day}` });
    const { gaps, total } = setup.api.listSkillGaps({ limit: 2 });
    expect({ titles: gaps.map((gap) => gap.bid.title), total }).toEqual({ titles: ['Bid 03', 'Bid 02'], total: 3 });
  });

  it('links a gap to a skill picked or typed in (reusing one of that name), and unlinks it', () => {
    setup = tempApi();
    const { api } = setup;
    const { outcomeId } = reject({ title: 'Interim CFO', reasons: ['missing_qualification'] });
    const acca = api.createSkill({ name: 'ACCA', level: 1, evidence: '', lastReviewedOn: null });
    api.linkGapToSkill({ outcomeId, skill: { id: acca.id } });
    const linked = api.linkGapToSkill({ outcomeId, skill: { name: 'IFRS reporting', level: 2 } });
    expect(linked.skills.map((skill) => skill.name)).toEqual(['ACCA', 'IFRS reporting']);
    // Typed again in another case: the existing skill is linked, not a second one made; linking twice is harmless.
    api.linkGapToSkill({ outcomeId, skill: { name: 'ifrs REPORTING', level: 5 } });
    const skills = api.getSkills(undefined).skills;
    expect(skills.map(({ name, level, gapCount }) => ({ name, level, gapCount }))).toEqual([
      { name: 'ACCA', level: 1, gapCount: 1 },
      { name: 'IFRS reporting', level: 2, gapCount: 1 },
    ]);
    expect(api.unlinkGapFromSkill({ outcomeId, skillId: acca.id }).skills.map((skill) => skill.name)).toEqual(['IFRS reporting']);
    expect(api.listSkillGaps({ limit: 10 }).gaps[0]!.skills.map((skill) => skill.name)).toEqual(['IFRS reporting']);
  });

  it('counts a link made or removed as a change to the outcome (its updated_at moves), and a link made twice as none', () => {
    setup = tempApi();
    const { api, clock, database } = setup;
    const { outcomeId } = reject({ title: 'Interim CFO', reasons: ['skills_gap'] });
    const updatedAt = () => database.sqlite.prepare('SELECT updated_at FROM rejection_outcomes WHERE id = ?').pluck().get(outcomeId);
    const skill = api.createSkill({ name: 'SAP', level: 2, evidence: '', lastReviewedOn: null });
    const before = updatedAt();
    clock.advance(60_000);
    api.linkGapToSkill({ outcomeId, skill: { id: skill.id } });
    const linked = updatedAt();
    expect(linked).toBe((before as number) + 60_000);
    clock.advance(60_000);
    api.linkGapToSkill({ outcomeId, skill: { id: skill.id } });
    expect(updatedAt()).toBe(linked);
    api.unlinkGapFromSkill({ outcomeId, skillId: skill.id });
    expect(updatedAt()).toBe((linked as number) + 60_000);
  });

  it('refuses to link an outcome that points at no gap, or one that is gone', () => {
    setup = tempApi();
    const { outcomeId } = reject({ title: 'Head of FP&A', reasons: ['internal_hire'] });
    expect(dispatch(setup.api, 'linkGapToSkill', { outcomeId, skill: { name: 'Excel', level: 3 } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'None of this rejection’s reasons points at a gap, so there is nothing to link to a skill.' },
    });
    expect(dispatch(setup.api, 'linkGapToSkill', { outcomeId: 999, skill: { name: 'Excel', level: 3 } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // The refusal wrote nothing, not even the skill typed in.
    expect(setup.api.getSkills(undefined).skills).toEqual([]);
  });

  it('creates an action from a gap, making the skill typed in and linking the gap to it', () => {
    setup = tempApi();
    const { outcomeId } = reject({ title: 'Interim CFO', reasons: ['experience_gap'] });
    const { gap, action } = setup.api.createActionFromGap({
      outcomeId,
      skill: { name: 'Retail sector finance', level: 2 },
      kind: 'volunteering',
      title: 'Treasurer for a retail charity',
      status: 'planned',
      targetOn: '2026-09-01',
    });
    const [skill] = setup.api.getSkills(undefined).skills;
    expect(gap.skills).toEqual([{ id: skill!.id, name: 'Retail sector finance' }]);
    expect(action).toMatchObject({ skillId: skill!.id, kind: 'volunteering', title: 'Treasurer for a retail charity', targetOn: '2026-09-01' });
    expect(skill).toMatchObject({ level: 2, gapCount: 1, actions: [{ id: action.id }] });
  });
});
