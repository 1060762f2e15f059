import { expect, test } from './fixtures';
import { BidDetailPage } from './pages/bid-detail-page';
import { sampleBid as bid } from './support/sample-bid';

test('an open bid is in the address: a reload keeps it open, and Back closes it', async ({ board, api, page }) => {
  const created = await api.call('createBid', bid('Interim CFO'));
  await page.reload();
  await board.card('Interim CFO').click();
  const detail = new BidDetailPage(page);
  await expect(detail.heading).toHaveText('Interim CFO');
  await expect(page).toHaveURL(new RegExp(`#/board\\?bid=${created.id}$`));

  await page.reload();
  await expect(detail.heading).toHaveText('Interim CFO');

  await page.goBack();
  await expect(detail.panel).toHaveCount(0);
  await expect(board.card('Interim CFO')).toBeVisible();
});

test('the board filters stay in the address beside the open bid', async ({ board, api, page }) => {
  await api.call('createBid', bid('Interim CFO'));
  await api.call('createBid', bid('Programme Director'));
  await page.reload();
  await page.getByRole('searchbox', { name: 'Search bids' }).fill('cfo');
  await expect(board.card('Programme Director')).toHaveCount(0);
  await board.card('Interim CFO').click();
  await expect(page).toHaveURL(/q=cfo.*bid=\d+/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search bids' })).toHaveValue('cfo');
  await expect(new BidDetailPage(page).heading).toHaveText('Interim CFO');
  await expect(board.card('Programme Director')).toHaveCount(0);
});
