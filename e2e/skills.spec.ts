import { expect, test } from './fixtures';
import { SkillsPage } from './pages/skills-page';
import { outcomeInput } from '../src/main/core/test-support/outcome-input';
import { sampleBid } from './support/sample-bid';
import { seriousViolations } from './support/axe';

test('the Skills page shows the gap a rejection pointed at, which links to a new skill and opens its bid', async ({ board, api, page }) => {
  const lost = await api.call('createBid', sampleBid('Interim CFO', { stage: 'interview', client: { name: 'Harbour Foods' } }));
  const { eventId } = await api.call('moveBid', { id: lost.id, to: 'rejected' });
  const { mine } = await api.call('listRejectionReasons', {});
  const skillsGap = mine.find((reason) => reason.code === 'skills_gap')!;
  const rate = mine.find((reason) => reason.code === 'rate')!;
  const feedbackText = 'They wanted hands-on SAP S/4HANA experience.';
  await api.call('saveOutcome', outcomeInput(lost.id, eventId, { reasonIds: [skillsGap.id, rate.id], feedbackText }));
  // A rejection for reasons outside the user's control is no gap.
  const other = await api.call('createBid', sampleBid('Head of FP&A', { stage: 'interview' }));
  const closing = await api.call('moveBid', { id: other.id, to: 'rejected' });
  const { outside } = await api.call('listRejectionReasons', {});
  await api.call('saveOutcome', outcomeInput(other.id, closing.eventId, { reasonIds: [outside.find((reason) => reason.code === 'internal_hire')!.id] }));
  await expect(board.page.getByRole('heading', { name: 'Stint', level: 1 })).toBeVisible();

  const skills = new SkillsPage(page);
  await skills.open();
  await expect(skills.gaps.getByRole('heading', { level: 3 })).toHaveText('Gaps seen in rejections (1)');
  const gap = skills.gap('Interim CFO');
  await expect(gap).toContainText('Harbour Foods');
  await expect(gap.getByRole('list', { name: 'Reasons' })).toContainText('Skills gap (a gap)');
  await expect(gap).toContainText('They wanted hands-on SAP S/4HANA experience.');
  await expect(skills.gap('Head of FP&A')).toHaveCount(0);

  await gap.getByRole('button', { name: 'Link to a skill…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link “Interim CFO” to a skill' });
  await expect(dialog.getByLabel('Skill', { exact: true })).toHaveValue('new');
  await dialog.getByLabel('New skill’s name').fill('SAP S/4HANA');
  await dialog.getByLabel('Its level today').selectOption({ label: '2 · Working knowledge' });
  await dialog.getByRole('button', { name: 'Link' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(gap.getByRole('list', { name: 'Linked skills' }).getByRole('button', { name: 'Unlink “SAP S/4HANA”' })).toBeVisible();
  await expect(skills.skill('SAP S/4HANA')).toContainText('2 · Working knowledge');
  await expect(skills.skill('SAP S/4HANA')).toContainText('seen in 1 rejection');

  await gap.getByRole('button', { name: 'Interim CFO' }).click();
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText('Interim CFO');
});

test('the skills MOT walks through every skill once, by keyboard, and says when it was done', async ({ board, api, page }) => {
  await api.call('createSkill', { name: 'IFRS reporting', level: 3, evidence: 'Two year-end audits' });
  await api.call('createSkill', { name: 'Stakeholder management', level: 4 });
  await expect(board.page.getByRole('heading', { name: 'Stint', level: 1 })).toBeVisible();
  const skills = new SkillsPage(page);
  await skills.open();
  await expect(skills.motBanner).toContainText('No skills MOT yet');

  await skills.motBanner.getByRole('button', { name: 'Start this year’s MOT' }).click();
  const mot = skills.mot();
  await expect(mot).toContainText('Skill 1 of 2');
  await expect(mot.getByRole('heading', { name: 'IFRS reporting' })).toBeVisible();
  await expect(mot.getByRole('radio', { name: '3 · Practitioner' })).toBeFocused();
  await page.keyboard.press('4');
  await expect(mot.getByRole('radio', { name: '4 · Advanced' })).toBeChecked();
  await mot.getByLabel('Note').fill('Led the IFRS 16 conversion');
  await mot.getByRole('radio', { name: '4 · Advanced' }).press('Enter');

  await expect(mot).toContainText('Skill 2 of 2');
  await expect(mot.getByRole('heading', { name: 'Stakeholder management' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(mot.getByRole('radio', { name: '5 · Expert' })).toBeChecked();
  await mot.getByRole('button', { name: 'Save and finish the MOT' }).click();

  await expect(mot).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Skills MOT finished: 2 skills reviewed.' })).toBeVisible();
  await expect(skills.motBanner).toContainText('Your last skills MOT was on');
  await expect(skills.skill('IFRS reporting')).toContainText('4 · Advanced');
  await expect(skills.skill('Stakeholder management')).toContainText('5 · Expert');
  await expect(skills.skill('IFRS reporting')).toContainText('Last reviewed');
});

test('an empty Skills page says what to do first', async ({ board, page }) => {
  await expect(board.page.getByRole('heading', { name: 'Stint', level: 1 })).toBeVisible();
  const skills = new SkillsPage(page);
  await skills.open();
  await expect(page.getByRole('button', { name: 'Add your first skill' })).toBeVisible();
  await expect(skills.gaps).toContainText('None yet');
  await page.getByRole('button', { name: 'Add your first skill' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a skill' });
  await dialog.getByRole('button', { name: 'Add skill' }).click();
  await expect(dialog.getByText('Skill name is required')).toBeVisible();
  await expect(dialog.getByLabel('Skill', { exact: true })).toBeFocused();
  await dialog.getByLabel('Skill', { exact: true }).fill('Power BI');
  await dialog.getByRole('button', { name: 'Add skill' }).click();
  await expect(skills.skill('Power BI')).toContainText('3 · Practitioner');
  await expect(skills.motBanner).toContainText('No skills MOT yet');
});

test('the Skills page and its MOT have no serious accessibility violations, light or dark', async ({ board, api, page }) => {
  // Three axe scans of a page of sample skills and gaps take over a minute on a busy 2-core machine.
  test.setTimeout(150_000);
  await api.call('loadSampleData', {});
  await page.reload();
  await expect(board.lane('Lead')).toBeVisible();
  const skills = new SkillsPage(page);
  await skills.open();
  await expect(skills.gapCards().first()).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page), `Skills page, ${colorScheme}`).toEqual([]);
  }
  // The walk-through's colours are the dialogs' own, in dark as in light: one scan, in dark.
  await skills.motBanner.getByRole('button', { name: /MOT$/ }).click();
  await expect(skills.mot()).toContainText('Skill 1 of 8');
  expect(await seriousViolations(page), 'MOT, dark').toEqual([]);
});
