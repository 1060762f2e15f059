import { afterEach, describe, expect, it } from 'vitest';
import { parsedBid } from '../../test-support/bid-input';
import { tempApi } from '../../test-support/temp-database';
import { aYearAfter } from './rules/skills-mot';

const DAY = 86_400_000;
let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

const byKind = (kind: string) => setup.api.listReminders(undefined).filter((reminder) => reminder.kind === kind);
const rate = { amount: 800, currency: 'GBP', unit: 'day' } as const;

describe('pipeline cover', () => {
  it('warns once the contract ends within eight weeks and fewer than three bids are live, and stops when there are three', () => {
    setup = tempApi();
    // TEST_NOW is 2 March 2026; the contract ends on 30 April, 59 days on.
    const won = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'won' }));
    setup.api.saveContract({ bidId: won.id, startOn: '2026-01-05', plannedEndOn: '2026-04-30', actualEndOn: null, rate });
    setup.api.createBid(parsedBid({ title: 'Head of Finance', stage: 'submitted' }));
    expect(byKind('pipeline_cover')).toEqual([]);

    setup.clock.advance(4 * DAY);
    const [cover] = byKind('pipeline_cover');
    expect(cover).toMatchObject({ title: 'Line up the next contract' });
    expect(cover?.why).toBe("The current contract ends in 55 days and only 1 bid is live, against a target of 3: don't bet on one outcome");

    setup.api.createBid(parsedBid({ title: 'PMO Lead', stage: 'lead' }));
    setup.api.createBid(parsedBid({ title: 'Change Lead', stage: 'interview' }));
    expect(byKind('pipeline_cover')).toEqual([]);
    // Below target again for the same contract end: not made a second time.
    setup.api.setArchived({ id: setup.api.getBoard({ filters: { text: 'PMO' }, pageSize: 5 }).columns.flatMap((column) => column.cards)[0]?.id as number, archived: true });
    expect(byKind('pipeline_cover')).toEqual([]);
  });

  it('makes a new one for an extended contract that nears its new end', () => {
    setup = tempApi();
    const won = setup.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'won' }));
    setup.api.saveContract({ bidId: won.id, startOn: '2026-01-05', plannedEndOn: '2026-04-15', actualEndOn: null, rate });
    expect(byKind('pipeline_cover')).toHaveLength(1);
    setup.api.changeContractEnd({ bidId: won.id, toEndOn: '2026-06-30', note: 'Phase 2' });
    expect(byKind('pipeline_cover')).toEqual([]);
    setup.clock.advance(70 * DAY);
    expect(byKind('pipeline_cover')).toHaveLength(1);
  });
});

describe('the skills MOT reminder', () => {
  it('is due a year after the last MOT, and the next MOT answers it', () => {
    setup = tempApi();
    const { api } = setup;
    expect(byKind('skills_mot')).toEqual([]);
    const skill = api.createSkill({ name: 'SAP', level: 2, evidence: '', lastReviewedOn: null });
    const review = api.startSkillReview(undefined);
    api.recordSkillReview({ reviewId: review.id, skillId: skill.id, level: 3, note: '' });
    const finished = api.finishSkillReview({ reviewId: review.id });
    expect(byKind('skills_mot').map((reminder) => reminder.dueAt)).toEqual([aYearAfter(finished.finishedAt as number)]);

    setup.clock.advance(370 * DAY);
    const next = api.startSkillReview(undefined);
    api.recordSkillReview({ reviewId: next.id, skillId: skill.id, level: 4, note: '' });
    const again = api.finishSkillReview({ reviewId: next.id });
    expect(byKind('skills_mot').map((reminder) => reminder.dueAt)).toEqual([aYearAfter(again.finishedAt as number)]);
  });
});
