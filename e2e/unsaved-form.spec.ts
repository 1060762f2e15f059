import { expect, test } from './fixtures';
import type { WayOut } from './pages/bid-form-page';
import { sampleBid } from './support/sample-bid';

const WAYS_OUT: WayOut[] = ['Escape', 'the × button', 'Cancel', 'a click outside'];
const BRIEF = 'Interim Group FC for a PE-backed logistics firm; 6 months; must have led a refinancing.';

for (const way of WAYS_OUT) {
  test(`leaving a filled New bid form by ${way} asks first, and keeping on editing loses nothing`, async ({ board, api }) => {
    const form = await board.addFirstBid();
    await form.fill({ title: 'Interim Group FC', brief: BRIEF });

    await form.leaveBy(way);
    await expect(form.discardQuestion).toBeVisible();
    await expect(form.discardQuestion.getByRole('button', { name: 'Keep editing' })).toBeFocused();
    await form.discardQuestion.getByRole('button', { name: 'Keep editing' }).click();
    await expect(form.discardQuestion).toBeHidden();
    await expect(form.field('Brief')).toHaveValue(BRIEF);
    await expect(form.field('Title')).toHaveValue('Interim Group FC');

    await form.leaveBy(way);
    await form.discardQuestion.getByRole('button', { name: 'Discard' }).click();
    await expect(form.dialog).toBeHidden();
    expect((await api.call('getBoard', { filters: {} })).hasAnyBids).toBe(false);
  });
}

test('an untouched New bid form closes at once, whichever way out is taken', async ({ board }) => {
  for (const way of WAYS_OUT) {
    const form = await board.addFirstBid();
    await expect(form.field('Title')).toBeFocused();
    await form.leaveBy(way);
    await expect(form.dialog, `leaving by ${way}`).toBeHidden();
    await expect(form.discardQuestion).toHaveCount(0);
  }
});

test('Escape on the question keeps the form, and Escape again asks again', async ({ board }) => {
  const form = await board.addFirstBid();
  await form.fill({ title: 'Interim Group FC' });
  await form.leaveBy('Escape');
  await expect(form.discardQuestion).toBeVisible();
  await board.page.keyboard.press('Escape');
  await expect(form.discardQuestion).toBeHidden();
  await expect(form.dialog).toBeVisible();

  await form.leaveBy('Escape');
  await expect(form.discardQuestion).toBeVisible();
  await board.page.keyboard.press('Escape');
  await form.leaveBy('Escape');
  await expect(form.discardQuestion).toBeVisible();
  await expect(form.field('Title')).toHaveValue('Interim Group FC');
});

test('closing an edited bid asks before throwing the changes away; an edit put back as it was closes at once', async ({ board, api, page }) => {
  await api.call('createBid', sampleBid('Interim CFO', { location: 'Leeds' }));
  await page.reload();
  const form = await (await board.open('Interim CFO')).edit();
  await form.field('Location').fill('Manchester');
  await form.leaveBy('the × button');
  await expect(form.discardQuestion).toContainText('Your changes to “Interim CFO” have not been saved.');
  await form.discardQuestion.getByRole('button', { name: 'Keep editing' }).click();

  await form.field('Location').fill('Leeds');
  await form.leaveBy('the × button');
  await expect(form.dialog).toBeHidden();
  await expect(form.discardQuestion).toHaveCount(0);
});
