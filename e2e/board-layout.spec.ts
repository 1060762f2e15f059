import { STAGE_LABELS, STAGES } from '../src/shared/domain';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 800 } });

test('at 1280×800 every stage shows its name and count, and any lane is one click away', async ({ board, api, page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(board.lane('Lead').locator('article[data-card-id]').first()).toBeVisible();
  const stored = await api.call('getBoard', { filters: {} });

  const index = page.getByRole('navigation', { name: 'Stages' });
  for (const column of stored.columns) {
    const entry = index.getByRole('button', { name: `${STAGE_LABELS[column.stage]}: ${column.count} ${column.count === 1 ? 'bid' : 'bids'}` });
    await expect(entry).toBeInViewport({ ratio: 1 });
  }
  expect(stored.columns.map((column) => column.stage)).toEqual([...STAGES]);

  // A closed lane far off to the right: one click unfolds it, brings it into view and focuses its newest card.
  await index.getByRole('button', { name: /^Rejected:/ }).click();
  const rejected = board.lane('Rejected');
  await expect(rejected).toBeInViewport();
  await expect(rejected.locator('article[data-card-id]').first()).toBeFocused();

  // The keys' hint sits in the page footer (a landmark), not loose in the page.
  await expect(page.getByRole('contentinfo')).toContainText('move between cards');
});

test('at 1280×800 the archive shows its bids without scrolling sideways: lanes without bids shrink to a strip', async ({ board, page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(board.lane('Lead').locator('article[data-card-id]').first()).toBeVisible();
  await page.getByRole('checkbox', { name: 'Archived' }).check();
  for (const label of ['Rejected', 'Role pulled', 'No response']) {
    await expect(board.lane(label).locator('article[data-card-id]').first()).toBeInViewport({ ratio: 1 });
  }
});

test('arrow keys walk across every lane with cards, each focused card scrolled into view', async ({ board, page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  const first = board.lane('Lead').locator('article[data-card-id]').first();
  await first.focus();
  for (const label of ['Brief', 'Submitted', 'Shortlisted', 'Interview', 'Offer', 'Won']) {
    await page.keyboard.press('ArrowRight');
    const focused = board.lane(label).locator('article[data-card-id]:focus');
    await expect(focused).toBeFocused();
    await expect(focused).toBeInViewport();
  }
});

test('the detail panel leaves search, filters and New bid in reach', async ({ board, page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await board.lane('Submitted').locator('article[data-card-id]').first().click({ position: { x: 12, y: 12 } });
  await expect(page.getByRole('complementary').getByRole('region', { name: 'Stage history' })).toBeVisible();
  for (const control of [page.getByRole('searchbox', { name: 'Search bids' }), page.getByRole('button', { name: 'New bid' })]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  // Not merely visible but on top: a click reaches it while the panel is open.
  await page.getByRole('button', { name: 'New bid' }).click();
  await expect(page.getByRole('dialog', { name: 'New bid' })).toBeVisible();
});
