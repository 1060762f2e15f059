import { expect, openApp, test } from './fixtures';
import { sampleBid as bid } from './support/sample-bid';

test('a bid added through the form can be dragged to Submitted, and stays there after a reload', async ({ board, host, page }) => {
  const form = await board.addFirstBid();
  await form.save({ title: 'Interim Finance Director', client: 'Northbridge Logistics', agency: 'Harrow & Finch', rate: '850' });

  const card = board.cardIn('Lead', 'Interim Finance Director');
  await expect(card).toContainText('Northbridge Logistics');
  await expect(card).toContainText('Harrow & Finch');
  await expect(card).toContainText('850');

  await board.drag('Interim Finance Director', 'Submitted');
  await board.expectCardIn('Submitted', 'Interim Finance Director');
  await expect(board.toast('Moved “Interim Finance Director” to Submitted.')).toBeVisible();

  await openApp(page, host);
  await board.expectCardIn('Submitted', 'Interim Finance Director');
  await expect(board.cardIn('Lead', 'Interim Finance Director')).toHaveCount(0);
});

test('a bid moves with the keyboard, and the move can be undone', async ({ board, api, host, page }) => {
  await api.call('createBid', bid('Programme Manager'));
  await api.call('createBid', bid('Change Manager'));
  await page.reload();

  await board.focusCard('Programme Manager');
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectCardIn('Brief', 'Programme Manager');
  await expect(board.cardIn('Brief', 'Programme Manager')).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectCardIn('Submitted', 'Programme Manager');

  // Undo the last move with the shortcut, the first with the toast's button.
  await page.keyboard.press('Control+z');
  await board.expectCardIn('Brief', 'Programme Manager');
  await board.focusCard('Change Manager');
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: 'Interview' }).click();
  await board.expectCardIn('Interview', 'Change Manager');
  await board.toast('Moved “Change Manager” to Interview.').getByRole('button', { name: 'Undo' }).click();
  await board.expectCardIn('Lead', 'Change Manager');

  await openApp(page, host);
  await board.expectCardIn('Brief', 'Programme Manager');
  await board.expectCardIn('Lead', 'Change Manager');
  const detail = await board.open('Programme Manager');
  await expect(detail.history()).toHaveText([/Added in Lead/, /Lead → Brief/]);
});

test('Ctrl+Z pressed before Stint has answered a move takes back that move, not the one before it', async ({ board, api, host, page }) => {
  await api.call('createBid', bid('Programme Manager'));
  await page.reload();
  await board.focusCard('Programme Manager');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('Moved “Programme Manager” to Brief.')).toBeVisible();

  // Stint answers the next move only after Ctrl+Z has been pressed, as a busy machine may.
  let answerMove = () => {};
  const moveAnswered = new Promise<void>((resolve) => (answerMove = resolve));
  await page.route('**/api/moveBid', async (route) => {
    await moveAnswered;
    await route.continue();
  });
  await board.focusCard('Programme Manager');
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectCardIn('Submitted', 'Programme Manager');
  await page.keyboard.press('Control+z');
  answerMove();

  await expect(board.toast('Undone: “Programme Manager” is back in Brief.')).toBeVisible();
  await board.expectCardIn('Brief', 'Programme Manager');
  await openApp(page, host);
  await board.expectCardIn('Brief', 'Programme Manager');
});

test('a negative rate is refused at the field and nothing is written', async ({ board, api }) => {
  const form = await board.addFirstBid();
  await form.fill({ title: 'Interim CFO', rate: '-200' });
  await form.submit();
  expect(await form.errorFor('Rate')).toContain('Rate cannot be negative');
  await expect(form.dialog).toBeVisible();
  await form.discard();

  const stored = await api.call('getBoard', { filters: {} });
  expect(stored.hasAnyBids).toBe(false);
  await expect(board.page.getByRole('button', { name: 'Add your first bid' })).toBeVisible();
});

test('search finds a bid by a word in its brief', async ({ board, api, page }) => {
  await api.call('createBid', bid('Interim Head of IT', { briefText: 'Replace the legacy Sage ledger with Workday Financials.' }));
  await api.call('createBid', bid('Turnaround Director', { briefText: 'Stabilise cash flow at a struggling retailer.' }));
  await page.reload();
  await board.expectCardIn('Lead', 'Turnaround Director');

  await board.search('workday');
  await expect(board.card('Interim Head of IT')).toBeVisible();
  await expect(board.card('Turnaround Director')).toHaveCount(0);

  await board.search('nothing-like-this');
  await expect(page.getByText('No bids match these filters.')).toBeVisible();
});

test('sample data fills an empty board', async ({ board, page }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(board.toast(/Loaded 140 sample bids/)).toBeVisible();
  await expect(board.lane('Lead').locator('article[data-card-id]').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Rejected \d+/ })).toBeVisible();
});

test('a bid can be archived, restored and deleted after a confirmation', async ({ board, api, page }) => {
  await api.call('createBid', bid('Interim HR Director'));
  await page.reload();
  let detail = await board.open('Interim HR Director');
  await detail.panel.getByRole('button', { name: 'Archive' }).click();
  await expect(board.card('Interim HR Director')).toHaveCount(0);
  await board.toast('Archived “Interim HR Director”.').getByRole('button', { name: 'Undo' }).click();
  await board.expectCardIn('Lead', 'Interim HR Director');

  detail = await board.open('Interim HR Director');
  await detail.panel.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this bid?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(board.card('Interim HR Director')).toHaveCount(0);
  expect((await api.call('getBoard', { filters: {} })).hasAnyBids).toBe(false);
});

test('a long lane loads further pages as it scrolls, down to its last bid', async ({ board, api, page }) => {
  for (let index = 1; index <= 130; index += 1) {
    await api.call('createBid', bid(`Lead number ${String(index).padStart(3, '0')}`, { priority: index === 1 ? 1 : 2 }));
  }
  await page.reload();
  const lead = board.lane('Lead');
  await expect(lead).toHaveAccessibleName('Lead 130');
  // Only the visible window of the lane is in the page, not all 130 cards.
  expect(await lead.locator('article[data-card-id]').count()).toBeLessThan(40);

  // The low-priority bid sorts last, beyond the first two pages of 50.
  const scroller = lead.locator('.lane-scroll');
  await expect(async () => {
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(board.cardIn('Lead', 'Lead number 001')).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
});
