import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { OutcomeDialogPage } from './pages/outcome-dialog-page';
import { sampleBid } from './support/sample-bid';

test('the board, the bid form and the detail view have no serious accessibility violations', async ({ board, page }) => {
  // Four full axe scans of a board of sample cards take about 20 s on a 2-core machine running two workers.
  test.slow();
  expect(await seriousViolations(page), 'empty board').toEqual([]);

  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(board.lane('Lead').locator('article[data-card-id]').first()).toBeVisible();
  expect(await seriousViolations(page), 'board').toEqual([]);

  const form = await board.newBid();
  await form.fill({ title: 'Interim CFO', rate: '-1' });
  await form.submit();
  await expect(form.field('Rate')).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page), 'form with errors').toEqual([]);
  await form.discard();

  await board.lane('Lead').locator('article[data-card-id]').first().click({ position: { x: 12, y: 12 } });
  await expect(page.getByRole('complementary').getByRole('region', { name: 'Stage history' })).toBeVisible();
  expect(await seriousViolations(page), 'detail view').toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the dialog asking what happened to a closed bid has no serious accessibility violations (${colorScheme})`, async ({ board, api, page }) => {
    // Two full axe scans of a dialog over the board: about 15 s alone, past 30 s with two workers on two cores.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await api.call('createBid', sampleBid('Interim CFO', { stage: 'interview' }));
    await page.reload();
    await board.focusCard('Interim CFO');
    await page.keyboard.press('m');
    await page.getByRole('menuitem', { name: 'Rejected' }).click();
    const outcome = new OutcomeDialogPage(page);
    await outcome.reason('Rate').check();
    await outcome.field('Feedback').fill('They went with an internal candidate, and the budget has been pulled.');
    await expect(outcome.suggestion('Budget pulled')).toBeVisible();
    await outcome.dialog.getByRole('group', { name: 'Outside my control' }).getByRole('button', { name: '+ Add a reason of my own' }).click();
    await outcome.field('Feedback requested on').fill('2026-03-05');
    await outcome.field('Feedback received on').fill('2026-03-01');
    await outcome.dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(outcome.field('Feedback received on')).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page), `dialog with suggestions and an error, ${colorScheme}`).toEqual([]);

    await outcome.dialog.getByRole('button', { name: 'Rename or retire my own reasons…' }).click();
    await expect(page.getByRole('dialog', { name: 'My own reasons' })).toBeVisible();
    expect(await seriousViolations(page), `own reasons, ${colorScheme}`).toEqual([]);
  });
}
