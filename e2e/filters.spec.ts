import { bidInput } from '../src/main/core/test-support/bid-input';
import { expect, test } from './fixtures';
import { FilterBarPage } from './pages/filter-bar-page';

test('two stages and an agency picked in the filters stay picked, and the board stays filtered, after a reload', async ({ board, api, page }) => {
  const blueQuay = { name: 'Blue Quay Interim' };
  await api.call('createBid', bidInput({ title: 'Interim CFO', stage: 'lead', agency: blueQuay }));
  await api.call('createBid', bidInput({ title: 'Finance Director', stage: 'submitted', agency: blueQuay }));
  await api.call('createBid', bidInput({ title: 'Change Manager', stage: 'interview', agency: blueQuay }));
  await api.call('createBid', bidInput({ title: 'Programme Lead', stage: 'submitted', agency: { name: 'Harrow & Finch' }, recruiter: null }));
  await api.call('createBid', bidInput({ title: 'Direct FD', stage: 'lead', agency: null, recruiter: null, source: 'direct_approach' }));
  await page.reload();
  const filters = new FilterBarPage(page);

  // The stages with the keyboard alone: open, tick Lead, down to Submitted, tick, close.
  await filters.filter('Stages').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(filters.filter('Stages')).toBeFocused();
  await filters.choose('Agencies', ['Blue Quay Interim']);

  const expectFilteredBoard = async () => {
    await expect(filters.filter('Stages')).toHaveAccessibleName('Stages: Lead, Submitted');
    await expect(filters.filter('Agencies')).toHaveAccessibleName('Agencies: Blue Quay Interim');
    await expect(page.getByRole('main').getByRole('region')).toHaveCount(2);
    await board.expectCardIn('Lead', 'Interim CFO');
    await board.expectCardIn('Submitted', 'Finance Director');
    await expect(page.locator('article[data-card-id]')).toHaveCount(2);
  };
  await expectFilteredBoard();

  await page.reload();
  await expectFilteredBoard();
});
