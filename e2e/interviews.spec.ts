import { expect, test } from './fixtures';
import { InterviewsPage } from './pages/interviews-page';
import { seriousViolations } from './support/axe';
import { sampleBid } from './support/sample-bid';

const DAY = 86_400_000;

/** `YYYY-MM-DD` of the day `days` from today on this machine, which the browser shares. */
function dayFromToday(days: number): string {
  const at = new Date(Date.now() + days * DAY);
  return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

test('an interview is rated after it, feedback recorded apart, and a big gap flagged; all of it survives a reload', async ({ board, api, page }) => {
  await api.call('createBid', sampleBid('Interim CFO', { stage: 'interview' }));
  await page.reload();
  await board.open('Interim CFO');
  const interviews = new InterviewsPage(page);
  await expect(interviews.section).toContainText('No interviews yet');

  await interviews.add({ date: dayFromToday(-1), time: '10:00', format: 'Panel', interviewers: ['Dana Whitfield'] });
  const first = interviews.interview(1);
  await expect(first).toContainText('With Dana Whitfield');
  await expect(first).toContainText('Panel');

  // The card asks, and its prompt opens the self-assessment.
  const prompt = board.card('Interim CFO').getByRole('button', { name: /How did the interview go\?/ });
  await expect(prompt).toBeVisible();
  await prompt.click();
  await interviews.saveSelfAssessment(5, 'Strong rapport with the CFO');
  await expect(prompt).toHaveCount(0);
  await expect(first).toContainText('5 of 5 — Went very well');

  await interviews.recordFeedback(1, { rating: 2, text: 'They wanted more sector experience.', from: 'Priya Patel' });
  const gap = first.locator('.calibration');
  await expect(gap).toContainText('You rated it 5, their feedback 2: gap \u22123');
  await expect(gap).toContainText('your view and theirs differ: worth a look');

  await page.reload();
  const reloaded = new InterviewsPage(page).interview(1);
  await expect(reloaded).toContainText('With Dana Whitfield');
  await expect(reloaded).toContainText('5 of 5 — Went very well');
  await expect(reloaded).toContainText('2 of 5 — Mostly negative, from Priya Patel');
  await expect(reloaded).toContainText('They wanted more sector experience.');
  await expect(reloaded.locator('.calibration')).toContainText('gap \u22123');
  await expect(board.card('Interim CFO').getByRole('button', { name: /How did the interview go\?/ })).toHaveCount(0);
});

test('an interview still to come cannot be rated yet and says when it can; it is deleted after a confirmation', async ({ board, api, page }) => {
  const bid = await api.call('createBid', sampleBid('Programme Director', { stage: 'interview' }));
  await page.reload();
  await board.open('Programme Director');
  const interviews = new InterviewsPage(page);
  await interviews.add({ date: dayFromToday(2), time: '14:30' });

  const rate = interviews.interview(1).getByRole('button', { name: 'How did it go?' });
  await expect(rate).toBeDisabled();
  await expect(rate).toHaveAccessibleDescription(/^You can rate it once it has started, on /);
  await expect(interviews.interview(1).getByRole('button', { name: 'Record feedback' })).toBeDisabled();
  await expect(board.card('Programme Director').getByRole('button', { name: /How did the interview go\?/ })).toHaveCount(0);

  await interviews.interview(1).getByRole('button', { name: 'Delete round 1…' }).click();
  await interviews.dialog('Delete this interview?').getByRole('button', { name: 'Delete interview' }).click();
  await expect(interviews.interview(1)).toHaveCount(0);
  await expect(interviews.section).toContainText('No interviews yet');
  expect(await api.call('listInterviews', { bidId: bid.id })).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the interview dialog has no serious accessibility violations (${colorScheme})`, async ({ board, api, page }) => {
    // A full axe scan of a dialog over the board: past 30 s with two workers on two busy cores.
    test.slow();
    await page.emulateMedia({ colorScheme });
    await api.call('createBid', sampleBid('Interim CFO', { stage: 'interview' }));
    await page.reload();
    await board.open('Interim CFO');
    const interviews = new InterviewsPage(page);
    const dialog = await interviews.openNewInterview();
    await dialog.getByRole('button', { name: 'Add interview' }).click();
    await expect(dialog.getByLabel('Time', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousViolations(page), 'interview form with an error').toEqual([]);
  });
}
