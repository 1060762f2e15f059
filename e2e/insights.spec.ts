import type { Page } from '@playwright/test';
import type { ApiProbe } from './fixtures';
import { expect, test } from './fixtures';
import type { BoardPage } from './pages/board-page';
import { BidDetailPage } from './pages/bid-detail-page';
import { InsightsPage } from './pages/insights-page';
import { OutcomeDialogPage } from './pages/outcome-dialog-page';
import { outcomeInput } from '../src/main/core/test-support/outcome-input';
import { seriousViolations } from './support/axe';
import { sampleBid as bid } from './support/sample-bid';

/** A bid moved from Interview to Rejected, with the reasons (by built-in code) recorded as its outcome. */
async function rejectedBid(api: ApiProbe, title: string, codes: string[]): Promise<number> {
  const created = await api.call('createBid', bid(title, { stage: 'interview' }));
  const closing = await api.call('moveBid', { id: created.id, to: 'rejected' });
  const { mine, outside } = await api.call('listRejectionReasons', {});
  const reasonIds = codes.map((code) => [...mine, ...outside].find((reason) => reason.code === code)?.id as number);
  await api.call('saveOutcome', outcomeInput(created.id, closing.eventId, { reasonIds }));
  return created.id;
}

test('a bid rejected through the dialog, with one reason ticked and one from a suggestion, shows in the reasons chart, whose bar leads back to it', async ({ board, api, page }) => {
  for (const title of ['PMO Lead', 'Change Manager', 'Programme Manager', 'Business Analyst']) await rejectedBid(api, title, ['rate']);
  await api.call('createBid', bid('Interim CFO', { stage: 'interview' }));
  await page.reload();
  await expect(board.card('PMO Lead')).toHaveCount(0);

  await board.drag('Interim CFO', 'Rejected');
  const outcome = new OutcomeDialogPage(page);
  await outcome.reason('Experience gap (sector or level)').check();
  await outcome.field('Feedback').fill('They decided to go with an internal candidate who knew the systems.');
  await outcome.suggestion('Internal hire').click();
  await outcome.save();
  await expect(board.toast('Moved “Interim CFO” to Rejected and recorded what happened.')).toBeVisible();

  const insights = new InsightsPage(page);
  await insights.open();
  const reasons = insights.card('Rejection reasons');
  await expect(reasons).toContainText('Of 5 rejections with reasons, 5 cite something in your control and 1 something outside it');
  await expect(await insights.tableRows('Rejection reasons')).toHaveCount(4);
  await expect(insights.tableRow('Rejection reasons', 'Rate').getByRole('cell')).toHaveText(['In my control', '4']);
  await expect(insights.tableRow('Rejection reasons', 'Experience gap (sector or level)').getByRole('cell')).toHaveText(['In my control', '1']);
  await expect(insights.tableRow('Rejection reasons', 'Internal hire').getByRole('cell')).toHaveText(['Outside my control', '1']);

  await insights.bar('Rejection reasons', 'Experience gap (sector or level)', 'In my control').click();
  const listed = insights.bidsDialog('Lost bids citing Experience gap (sector or level)');
  await expect(listed.getByRole('row')).toHaveCount(2);
  await listed.getByRole('button', { name: 'Interim CFO' }).click();
  await expect(listed).toHaveCount(0);
  await expect(new BidDetailPage(page).heading).toHaveText('Interim CFO');
  await expect(page).toHaveURL(/#\/insights\?bid=\d+$/);

  // The keyboard reaches the same list through the table view's count.
  await new BidDetailPage(page).close();
  await insights.tableRow('Rejection reasons', 'Rate').getByRole('button', { name: /^4: show the bids/ }).press('Enter');
  const rate = insights.bidsDialog('Lost bids citing Rate').getByRole('table').getByRole('button');
  await expect(rate).toHaveText(['Business Analyst', 'Programme Manager', 'Change Manager', 'PMO Lead']);
  await expect(rate.first()).toBeFocused();
});

test('an interview the user rated 5 and the feedback 2 is listed as worth a look, and opens its bid', async ({ board, api, page }) => {
  const created = await api.call('createBid', bid('Interim Head of IT', { stage: 'interview' }));
  const interview = await api.call('createInterview', { bidId: created.id, date: '2026-02-27', time: '10:00', timeZone: 'Europe/London', format: 'video', interviewers: [], questions: '', notes: '' });
  await api.call('recordSelfAssessment', { interviewId: interview.id, rating: 5 });
  await api.call('recordFeedback', { interviewId: interview.id, rating: 2, text: 'Wanted more sector experience', from: null, receivedOn: '2026-03-02' });
  await page.reload();
  await expect(board.card('Interim Head of IT')).toBeVisible();

  const insights = new InsightsPage(page);
  await insights.open();
  const calibration = insights.card('Your view and theirs');
  // One interview is too few for the chart, but a gap this large is listed anyway.
  await expect(calibration).toContainText('Not enough data yet: 2 more interviews rated by you and by them needed.');
  const worthALook = calibration.getByRole('listitem');
  await expect(worthALook).toHaveCount(1);
  await expect(worthALook).toContainText('you 5, them 2 (−3)');
  await worthALook.getByRole('button', { name: 'Interim Head of IT' }).click();
  await expect(new BidDetailPage(page).heading).toHaveText('Interim Head of IT');
});

test('on an empty database every chart says how much more it needs, and there are no findings', async ({ board, page }) => {
  await expect(page.getByRole('button', { name: 'Add your first bid' })).toBeVisible();
  void board;
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.findings).toContainText('No findings yet.');
  const cards = page.locator('[data-chart]');
  await expect(cards).toHaveCount(9);
  for (const card of await cards.all()) await expect(card).toContainText('Not enough data yet:');
  await expect(insights.card('Rejection reasons')).toContainText('Not enough data yet: 5 more rejections with reasons needed.');
  await expect(page.locator('.recharts-surface')).toHaveCount(0);
});

test('the filters are kept in the address: a reload shows the same filtered charts', async ({ board, api, page }) => {
  await api.call('createBid', bid('Interim CFO', { agency: null, source: 'referral' }));
  await api.call('createBid', bid('PMO Lead'));
  await page.reload();
  await expect(board.card('PMO Lead')).toBeVisible();
  const insights = new InsightsPage(page);
  await insights.open();
  await expect(insights.card('Funnel')).toContainText('Not enough data yet: 8 more bids needed.');

  await page.getByRole('button', { name: 'Sources: all' }).click();
  await page.getByRole('group', { name: 'Sources' }).getByRole('checkbox', { name: 'Referral' }).check();
  await expect(insights.card('Funnel')).toContainText('Not enough data yet: 9 more bids needed.');
  await expect(page).toHaveURL(/#\/insights\?source=referral$/);
  await page.reload();
  await expect(insights.card('Funnel')).toContainText('Not enough data yet: 9 more bids needed.');
  await expect(page.getByRole('button', { name: 'Sources: Referral' })).toBeVisible();
});

/** Sample data loaded, Insights open, every chart drawn and every table view open: the page at its fullest. */
async function fullInsights(page: Page, board: BoardPage): Promise<InsightsPage> {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(board.lane('Lead').locator('article[data-card-id]').first()).toBeVisible();
  const insights = new InsightsPage(page);
  await insights.open();
  // Charts are drawn one after another; scan once the last one is.
  await expect(page.locator('[data-chart] .recharts-surface').first()).toBeVisible();
  await expect(page.locator('.chart-placeholder')).toHaveCount(0);
  for (const summary of await page.getByText(/^Table view/).all()) await summary.click();
  return insights;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Insights with the sample data has no serious accessibility violations (${colorScheme})`, async ({ board, page }) => {
    // A full axe scan of nine charts with their tables open: about 20 s alone on two cores, more beside a worker.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await fullInsights(page, board);
    expect(await seriousViolations(page), `Insights, ${colorScheme}`).toEqual([]);
  });
}

test('the list of bids behind a bar has no serious accessibility violations', async ({ board, page }) => {
  test.setTimeout(180_000);
  const insights = await fullInsights(page, board);
  await insights.tableRow('Stage reached when lost', 'Interview').getByRole('button').click();
  await expect(insights.bidsDialog('Bids lost at Interview').getByRole('table')).toBeVisible();
  // The page under it is scanned by the tests above; the dialog alone is what this one adds.
  expect(await seriousViolations(page, 'dialog[open]'), 'bids behind a bar').toEqual([]);
});
