import { expect, test } from './fixtures';
import { seriousViolations } from './support/serious-violations';

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
