import { expect, test } from './fixtures';
import { sampleBid } from './support/sample-bid';

/** A date `days` from today in the browser's (and this machine's) time zone, as a date input takes it. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

test('a contract recorded on a won bid shows its days left in the header, and an extension keeps the history', async ({ board, api, page }) => {
  const bid = await api.call('createBid', sampleBid('Interim CFO', { stage: 'won', rate: { amount: 850, currency: 'GBP', unit: 'day' } }));
  await page.goto(`${page.url().split('#')[0]}#/board?bid=${bid.id}`);
  const panel = page.getByRole('complementary');
  const contract = panel.getByRole('region', { name: 'Contract' });
  await expect(contract).toContainText('No contract recorded yet');
  await expect(board.page.getByRole('banner').getByRole('button', { name: /days left/ })).toHaveCount(0);

  await contract.getByRole('button', { name: 'Record contract…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record contract' });
  await expect(dialog.getByLabel('Agreed rate')).toHaveValue('850');
  await dialog.getByLabel('Start').fill(dayFromToday(-30));
  await dialog.getByLabel('Planned end').fill(dayFromToday(42));
  await dialog.getByRole('button', { name: 'Record contract' }).click();
  await expect(dialog).toHaveCount(0);

  const countdown = page.getByRole('banner').getByRole('button', { name: '42 days left in Interim CFO' });
  await expect(countdown).toBeVisible();
  await expect(contract).toContainText('42 days left');

  await contract.getByRole('button', { name: 'Extend or shorten…' }).click();
  const extend = page.getByRole('dialog', { name: 'Extend or shorten' });
  await extend.getByLabel('New end').fill(dayFromToday(100));
  await extend.getByLabel('Note').fill('Phase 2 agreed with the CFO');
  await extend.getByRole('button', { name: 'Save new end' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: '100 days left in Interim CFO' })).toBeVisible();
  await expect(contract.getByRole('listitem')).toContainText(['Extended from']);
  await expect(contract).toContainText('Phase 2 agreed with the CFO');

  // The countdown opens the contract's bid from anywhere.
  await panel.getByRole('button', { name: 'Close details' }).click();
  await page.getByRole('banner').getByRole('button', { name: '100 days left in Interim CFO' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Interim CFO');
});

test('the contract form refuses an end before the start, on the field, in words', async ({ board, api, page }) => {
  const bid = await api.call('createBid', sampleBid('Head of Finance', { stage: 'won' }));
  await page.goto(`${page.url().split('#')[0]}#/board?bid=${bid.id}`);
  const contract = page.getByRole('complementary').getByRole('region', { name: 'Contract' });
  await contract.getByRole('button', { name: 'Record contract…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record contract' });
  await dialog.getByLabel('Start').fill('2026-05-01');
  await dialog.getByLabel('Planned end').fill('2026-04-01');
  await dialog.getByRole('button', { name: 'Record contract' }).click();
  await expect(dialog.getByText('Planned end cannot be before the start')).toBeVisible();
  await expect(dialog.getByLabel('Planned end')).toBeFocused();
  await expect(board.page.getByRole('heading', { name: 'Stint', level: 1 })).toBeVisible();
});
