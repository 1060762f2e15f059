import { expect, test } from './fixtures';
import { sampleBid } from './support/sample-bid';

test('after Ctrl+Z, the undone move’s toast no longer offers Undo', async ({ board, api, page }) => {
  await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('Moved “Interim CFO” to Brief.').getByRole('button', { name: 'Undo' })).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(board.toast('Undone: “Interim CFO” is back in Lead.')).toBeVisible();
  await board.expectCardIn('Lead', 'Interim CFO');
  await expect(board.toasts().getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(board.toasts()).toHaveCount(1);
});

test('one toast at a time: the newest replaces the one before', async ({ board, api, page }) => {
  await api.call('createBid', sampleBid('Interim CFO'));
  await api.call('createBid', sampleBid('Programme Director'));
  await page.reload();
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('Moved “Interim CFO” to Brief.')).toBeVisible();

  await board.focusCard('Programme Director');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('Moved “Programme Director” to Brief.')).toBeVisible();
  await expect(board.toasts()).toHaveCount(1);

  // The earlier move can still be undone with the keyboard, newest first.
  await page.keyboard.press('Control+z');
  await board.expectCardIn('Lead', 'Programme Director');
  await page.keyboard.press('Control+z');
  await board.expectCardIn('Lead', 'Interim CFO');
});

test('once a moved bid is deleted, Ctrl+Z has nothing left to undo rather than failing', async ({ board, api, page }) => {
  await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('Moved “Interim CFO” to Brief.')).toBeVisible();

  await (await board.open('Interim CFO')).deleteForGood();
  await expect(board.toast('Deleted “Interim CFO”.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(board.toast('There is no move to undo.')).toBeVisible();
  await expect(board.toasts()).toHaveCount(1);
});

test('a bid deleted in another window is named by its title, never by its id', async ({ board, api, page }) => {
  const { id } = await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.expectCardIn('Lead', 'Interim CFO');
  await api.call('deleteBid', { id });

  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('“Interim CFO” was not moved. It no longer exists: it may have been deleted in another window.')).toBeVisible();
  await expect(board.card('Interim CFO')).toHaveCount(0);
});
