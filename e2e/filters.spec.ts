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

test('the search box keeps what is typed, spaces included, while the search applies', async ({ board, api, page }) => {
  await api.call('createBid', bidInput({ title: 'Interim CFO' }));
  await api.call('createBid', bidInput({ title: 'Interim HR Director' }));
  await page.reload();
  const search = page.getByRole('searchbox', { name: 'Search bids' });
  await search.pressSequentially('interim ');
  await expect(page).toHaveURL(/q=interim/);
  // Keys a little slower than the search's pause land while the search before them is being applied.
  await search.pressSequentially('cfo', { delay: 230 });
  await expect(search).toHaveValue('interim cfo');
  await expect(board.card('Interim CFO')).toBeVisible();
  await expect(board.card('Interim HR Director')).toHaveCount(0);
});

test('a filter in the address that the lists do not offer still shows as in force, and can be taken off', async ({ board, api, host, page }) => {
  await api.call('createBid', bidInput({ title: 'Interim CFO', agency: { name: 'Blue Quay Interim' } }));
  // The same page with another hash: a reload makes it read the address and the new bid afresh.
  await page.goto(`${host.origin}/#?agency=424242`);
  await page.reload();
  const filters = new FilterBarPage(page);
  await expect(filters.filter('Agencies')).toHaveAccessibleName('Agencies: An agency not in this list');
  await expect(page.getByText('No bids match these filters.')).toBeVisible();

  await filters.filter('Agencies').click();
  // Unticked, an unlisted value leaves the list at once (click, not uncheck: there is no box left to verify).
  await page.getByRole('group', { name: 'Agencies' }).getByRole('checkbox', { name: 'An agency not in this list' }).click();
  await page.keyboard.press('Escape');
  await expect(filters.filter('Agencies')).toHaveAccessibleName('Agencies: all');
  await board.expectCardIn('Lead', 'Interim CFO');
});
