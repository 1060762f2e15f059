import { expect, signInFromAnotherTab, test } from './fixtures';
import { InsightsPage } from './pages/insights-page';
import { sampleBid } from './support/sample-bid';

// The browser host is stopped, or restarted with a new address, while the board is open in the browser.

test('a move made while Stint is stopped goes back to where the bid is stored, and says why', async ({ board, api, host, page }) => {
  const { id } = await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.expectCardIn('Lead', 'Interim CFO');

  await host.halt();
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');

  // The answer first, so that the card is checked after the move was tried and refused, not before it showed.
  await expect(board.toast('“Interim CFO” was not moved. Stint cannot be reached: is `npm run web` still running?')).toBeVisible();
  await board.expectCardIn('Lead', 'Interim CFO');
  await expect(board.cardIn('Brief', 'Interim CFO')).toHaveCount(0);
  await expect(board.connectionBanner).toContainText('Stint cannot be reached');

  await host.restart();
  expect((await api.call('getBid', { id })).stage).toBe('lead');
});

test('two moves made while Stint does not answer both go back, to where the bid is stored', async ({ board, api, host, page }) => {
  // The browser gives up on each request after 15 s.
  test.slow();
  const { id } = await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.expectCardIn('Lead', 'Interim CFO');

  host.suspend();
  const failedMoves = new Promise<void>((resolve) => {
    let failed = 0;
    page.on('requestfailed', (request) => {
      if (request.url().endsWith('/api/moveBid') && ++failed === 2) resolve();
    });
  });
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectCardIn('Brief', 'Interim CFO');
  await expect(board.cardIn('Brief', 'Interim CFO')).toBeFocused();
  await page.keyboard.press('Shift+ArrowRight');
  await board.expectCardIn('Submitted', 'Interim CFO');

  // Both requests have been given up on: the second must not put the card back in Brief, where the first left it.
  await failedMoves;
  await expect(board.toast(/^“Interim CFO” may not have been moved\. Stint is not answering/)).toBeVisible();
  await board.expectCardIn('Lead', 'Interim CFO');
  await expect(board.cardIn('Brief', 'Interim CFO')).toHaveCount(0);
  await expect(board.cardIn('Submitted', 'Interim CFO')).toHaveCount(0);

  host.resume();
  // The host answers the requests it held once it carries on; whatever it stored, the board catches up with it.
  await expect(board.connectionBanner).toBeHidden({ timeout: 15_000 });
  const stored = await api.call('getBid', { id });
  await board.expectCardIn(stored.stage === 'lead' ? 'Lead' : stored.stage === 'brief' ? 'Brief' : 'Submitted', 'Interim CFO');
});

test('after Stint restarts, a move from the old window is put back, the window says to reopen Stint, and it carries on once signed in', async ({ board, api, host, page }) => {
  const { id } = await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.expectCardIn('Lead', 'Interim CFO');

  await host.restart();
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');

  await expect(board.toast(/^“Interim CFO” was not moved\. .*Open Stint again from the new address that `npm run web` printed/)).toBeVisible();
  await board.expectCardIn('Lead', 'Interim CFO');
  await expect(board.cardIn('Brief', 'Interim CFO')).toHaveCount(0);
  await expect(board.connectionBanner).toContainText('Open Stint again from the new address that `npm run web` printed');
  expect((await api.call('getBid', { id })).stage).toBe('lead');

  // Signing in at the new address in another tab is enough: this window notices by itself.
  await signInFromAnotherTab(page, host);
  await expect(board.connectionBanner).toBeHidden({ timeout: 15_000 });
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('Moved “Interim CFO” to Brief.')).toBeVisible();
  expect((await api.call('getBid', { id })).stage).toBe('brief');
});

test('opening a card while Stint is stopped says Stint cannot be reached, not that the bid is gone', async ({ board, api, host, page }) => {
  await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.expectCardIn('Lead', 'Interim CFO');

  await host.halt();
  const detail = await board.open('Interim CFO');
  await expect(detail.heading).toHaveText('Stint cannot be reached');
  await expect(detail.panel).not.toContainText('not found');
  await expect(detail.panel).not.toContainText('no longer exists');

  // Once Stint is back and this browser is signed in again, the panel shows the bid by itself.
  await host.restart();
  await signInFromAnotherTab(page, host);
  await expect(detail.heading).toHaveText('Interim CFO', { timeout: 15_000 });
});

test('a search while Stint is stopped keeps the board on screen, and applies once Stint is back', async ({ board, api, host, page }) => {
  await api.call('createBid', sampleBid('Interim Head of IT', { briefText: 'Replace the legacy Sage ledger with Workday Financials.' }));
  await api.call('createBid', sampleBid('Turnaround Director', { briefText: 'Stabilise cash flow at a struggling retailer.' }));
  await page.reload();
  await board.expectCardIn('Lead', 'Turnaround Director');

  await host.halt();
  await board.search('workday');
  // Once the failed search has been noticed, the board must still be there.
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  await board.expectCardIn('Lead', 'Turnaround Director');
  await board.expectCardIn('Lead', 'Interim Head of IT');
  await expect(board.connectionBanner).toContainText('Stint cannot be reached');

  await host.restart();
  await signInFromAnotherTab(page, host);
  await expect(board.connectionBanner).toBeHidden({ timeout: 15_000 });
  await board.expectCardIn('Lead', 'Interim Head of IT');
  await expect(board.card('Turnaround Director')).toHaveCount(0);
});

test('when the connection drops and comes back, the banner goes away by itself and the board catches up', async ({ board, api, page, context }) => {
  const { id } = await api.call('createBid', sampleBid('Interim Head of IT', { briefText: 'Replace the legacy Sage ledger with Workday Financials.' }));
  await api.call('createBid', sampleBid('Turnaround Director'));
  await page.reload();
  await board.expectCardIn('Lead', 'Turnaround Director');

  await context.setOffline(true);
  await board.search('workday');
  // Once the failed search has been noticed, the board must still be there.
  await expect(page.getByRole('main').getByRole('alert')).toBeVisible();
  await board.expectCardIn('Lead', 'Turnaround Director');
  await expect(board.connectionBanner).toContainText('Stint cannot be reached');
  // Meanwhile another window moves a bid: the board shows it once it catches up.
  await api.call('moveBid', { id, to: 'submitted' });

  await context.setOffline(false);
  await expect(board.connectionBanner).toBeHidden({ timeout: 15_000 });
  await board.expectCardIn('Submitted', 'Interim Head of IT');
  await expect(board.card('Turnaround Director')).toHaveCount(0);
});

test('an Undo tried while Stint is stopped is kept, and works once Stint is back', async ({ board, api, host, page }) => {
  const { id } = await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await board.focusCard('Interim CFO');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(board.toast('Moved “Interim CFO” to Brief.')).toBeVisible();

  await host.halt();
  await page.keyboard.press('Control+z');
  await expect(board.toast('“Interim CFO” was not moved back. Stint cannot be reached: is `npm run web` still running?')).toBeVisible();
  await board.expectCardIn('Brief', 'Interim CFO');

  await host.restart();
  await signInFromAnotherTab(page, host);
  await expect(board.connectionBanner).toBeHidden({ timeout: 15_000 });
  await page.keyboard.press('Control+z');
  await expect(board.toast('Undone: “Interim CFO” is back in Lead.')).toBeVisible();
  expect((await api.call('getBid', { id })).stage).toBe('lead');
});

test('with Stint stopped, Insights says its charts are from before a filter change, and Skills says what it waits for', async ({ board, api, host, page }) => {
  await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();
  await expect(board.card('Interim CFO')).toBeVisible();
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.card('Funnel')).toContainText('Not enough data yet: 9 more bids needed.');

  await host.halt();
  await page.getByRole('button', { name: 'Sources: all' }).click();
  await page.getByRole('group', { name: 'Sources' }).getByRole('checkbox', { name: 'Referral' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'The findings and charts below are from before your last change' })).toBeVisible();
  // The charts of the earlier filters stay, said to be so, rather than a blank page.
  await expect(insights.card('Funnel')).toContainText('Not enough data yet: 9 more bids needed.');

  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Skills' }).click();
  await expect(page.getByText('Your skills will show here once Stint can be reached again.')).toBeVisible();
  await expect(page.getByText('No skills yet.')).toHaveCount(0);

  // Back (with a new session, signed into from another tab): the page fills in by itself.
  await host.restart();
  await signInFromAnotherTab(page, host);
  await expect(board.connectionBanner).toBeHidden({ timeout: 15_000 });
  await expect(page.getByText('No skills yet.')).toBeVisible();
});
