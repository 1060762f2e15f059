import { expect, openApp, test } from './fixtures';
import { OutcomeDialogPage } from './pages/outcome-dialog-page';
import { outcomeInput } from '../src/main/core/test-support/outcome-input';
import { sampleBid as bid } from './support/sample-bid';

test('a bid dragged to Rejected asks what happened; two reasons, one from a suggestion, are kept after a reload', async ({ board, api, host, page }) => {
  const created = await api.call('createBid', bid('Interim CFO', { stage: 'shortlisted' }));
  await api.call('moveBid', { id: created.id, to: 'interview' });
  await page.reload();

  await board.drag('Interim CFO', 'Rejected');
  const outcome = new OutcomeDialogPage(page);
  await expect(outcome.dialog).toBeVisible();
  // The move is stored before the question is asked.
  expect((await api.call('getBid', { id: created.id })).stage).toBe('rejected');
  await expect(outcome.field('Stage reached')).toHaveValue('interview');

  await outcome.reason('Rate').check();
  await outcome.field('Feedback').fill('Lovely conversation, but in the end they went with an internal candidate.');
  const chip = outcome.suggestion('Internal hire');
  await expect(chip).toHaveText('Suggested from ‘went with an internal candidate’: Internal hire');
  // A suggestion is only a suggestion: nothing is ticked until it is clicked.
  await expect(outcome.reason('Internal hire')).not.toBeChecked();
  await chip.click();
  await expect(outcome.reason('Internal hire')).toBeChecked();
  await expect(chip).toHaveCount(0);
  await outcome.save();
  await expect(board.toast('Moved “Interim CFO” to Rejected and recorded what happened.')).toBeVisible();

  const stored = await api.call('getOutcome', { bidId: created.id });
  expect(stored.outcome?.reasons.map((reason) => reason.code)).toEqual(['rate', 'internal_hire']);
  expect(stored.outcome?.stageReached).toBe('interview');

  await openApp(page, host);
  await board.foldedLane('Rejected').click();
  const detail = await board.open('Interim CFO');
  await expect(detail.outcome().getByRole('list', { name: 'Reasons' }).getByRole('listitem')).toHaveText([/^Rate/, /^Internal hire/]);
  await expect(detail.outcome()).toContainText('Interview');
  await expect(detail.outcome()).toContainText('went with an internal candidate');
});

test('the question can be left for later and answered from the bid', async ({ board, api, page }) => {
  const created = await api.call('createBid', bid('Programme Director', { stage: 'submitted' }));
  await page.reload();

  await board.focusCard('Programme Director');
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: 'No response' }).click();
  const outcome = new OutcomeDialogPage(page);
  await outcome.later();
  await expect(board.toast(/Moved “Programme Director” to No response\. Record what happened from the bid/)).toBeVisible();
  expect((await api.call('getOutcome', { bidId: created.id })).outcome).toBeNull();

  await board.foldedLane('No response').click();
  const detail = await board.open('Programme Director');
  await expect(detail.outcome()).toContainText('Nothing recorded yet');
  await detail.outcome().getByRole('button', { name: 'Record what happened' }).click();
  await expect(outcome.field('Stage reached')).toHaveValue('submitted');
  await outcome.reason('No reason given').check();
  await outcome.field('Lesson learned').fill('Chase once after a week, then let it go.');
  await outcome.save();

  await expect(detail.outcome().getByRole('list', { name: 'Reasons' })).toHaveText(/No reason given/);
  await expect(detail.outcome().getByRole('button', { name: 'Edit what happened' })).toBeVisible();
  expect((await api.call('getOutcome', { bidId: created.id })).outcome?.lesson).toBe('Chase once after a week, then let it go.');
});

test("undoing the move that closed a bid removes what was recorded for it, by the toast's Undo or Ctrl+Z", async ({ board, api, page }) => {
  const first = await api.call('createBid', bid('Head of Transformation', { stage: 'interview' }));
  const second = await api.call('createBid', bid('Interim COO', { stage: 'offer' }));
  await page.reload();

  await board.focusCard('Head of Transformation');
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: 'Role pulled' }).click();
  const outcome = new OutcomeDialogPage(page);
  await outcome.reason('Budget pulled').check();
  await outcome.save();
  expect((await api.call('getOutcome', { bidId: first.id })).outcome).not.toBeNull();
  await board.toast('Moved “Head of Transformation” to Role pulled and recorded what happened.').getByRole('button', { name: 'Undo' }).click();
  await board.expectCardIn('Interview', 'Head of Transformation');
  expect(await api.call('getOutcome', { bidId: first.id })).toEqual({ closing: null, outcome: null, earlier: [] });

  // From the bid's panel, by its stage menu, then undone with the keyboard once the dialog is closed.
  const detail = await board.open('Interim COO');
  await detail.panel.getByRole('combobox', { name: 'Stage' }).selectOption({ label: 'Rejected' });
  await outcome.reason('Stronger or more experienced candidate').check();
  await outcome.save();
  await expect(detail.outcome()).toContainText('Stronger or more experienced candidate');
  await page.getByRole('heading', { name: 'Stint', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(board.toast('Undone: “Interim COO” is back in Offer.')).toBeVisible();
  await expect(detail.outcome()).toHaveCount(0);
  expect(await api.call('getOutcome', { bidId: second.id })).toEqual({ closing: null, outcome: null, earlier: [] });
  expect((await api.call('getBid', { id: second.id })).history.map((event) => event.to)).toEqual(['offer']);
});

test("the user's own reasons are added inline, renamed and retired", async ({ board, api, page }) => {
  await api.call('createBid', bid('Interim FD', { stage: 'interview' }));
  await page.reload();
  await board.focusCard('Interim FD');
  await page.keyboard.press('m');
  await page.getByRole('menuitem', { name: 'Rejected' }).click();
  const outcome = new OutcomeDialogPage(page);

  const mine = outcome.dialog.getByRole('group', { name: 'In my control' });
  await mine.getByRole('button', { name: '+ Add a reason of my own' }).click();
  await mine.getByLabel('New reason in my control').fill('Too hands on');
  await page.keyboard.press('Enter');
  await expect(outcome.reason('Too hands on')).toBeChecked();
  await mine.getByRole('button', { name: '+ Add a reason of my own' }).click();
  await mine.getByLabel('New reason in my control').fill('skills GAP');
  await page.keyboard.press('Enter');
  await expect(mine.getByText('“Skills gap” is already a built-in reason: tick it instead.')).toBeVisible();

  await outcome.dialog.getByRole('button', { name: 'Rename or retire my own reasons…' }).click();
  const manage = page.getByRole('dialog', { name: 'My own reasons' });
  await manage.getByRole('textbox').fill('Too hands-on for the brief');
  await manage.getByRole('button', { name: 'Rename “Too hands on”' }).click();
  await expect(manage.getByRole('button', { name: 'Retire “Too hands-on for the brief”' })).toBeVisible();
  await manage.getByRole('button', { name: 'Done' }).click();
  await expect(outcome.reason('Too hands-on for the brief')).toBeChecked();
  await outcome.save();

  // Retired, it is no longer offered, but stays on the outcome that cites it.
  await board.foldedLane('Rejected').click();
  const detail = await board.open('Interim FD');
  await detail.outcome().getByRole('button', { name: 'Edit what happened' }).click();
  await outcome.dialog.getByRole('button', { name: 'Rename or retire my own reasons…' }).click();
  await manage.getByRole('button', { name: 'Retire “Too hands-on for the brief”' }).click();
  await expect(manage.getByRole('button', { name: 'Restore “Too hands-on for the brief”' })).toBeVisible();
  await manage.getByRole('button', { name: 'Done' }).click();
  await expect(outcome.reason('Too hands-on for the brief (retired)')).toBeChecked();
  await outcome.save();
  await expect(detail.outcome()).toContainText('Too hands-on for the brief');
  const reasons = await api.call('listRejectionReasons', {});
  expect(reasons.mine.at(-1)).toMatchObject({ label: 'Too hands-on for the brief', code: null, retired: true });
});

test('a bid lost, revived and lost again shows both closings: the latest first, the earlier one folded under it', async ({ board, api, page }) => {
  const created = await api.call('createBid', bid('Interim Finance Director', { stage: 'interview' }));
  const { mine, outside } = await api.call('listRejectionReasons', {});
  const reasonId = (code: string) => [...mine, ...outside].find((reason) => reason.code === code)?.id as number;
  const first = await api.call('moveBid', { id: created.id, to: 'rejected' });
  await api.call('saveOutcome', outcomeInput(created.id, first.eventId, { reasonIds: [reasonId('rate')], lesson: 'Quote the day rate later.' }));
  await api.call('moveBid', { id: created.id, to: 'interview' });
  const second = await api.call('moveBid', { id: created.id, to: 'no_response' });
  await api.call('saveOutcome', outcomeInput(created.id, second.eventId, { reasonIds: [reasonId('internal_hire')], lesson: 'Ask who else is in the running.' }));
  await page.reload();

  await board.foldedLane('No response').click();
  const detail = await board.open('Interim Finance Director');
  await expect(detail.outcome().getByRole('list', { name: 'Reasons' }).first()).toHaveText(/Internal hire/);
  await expect(detail.outcome()).toContainText('Ask who else is in the running.');
  const earlier = detail.outcome().getByText('An earlier closing');
  await expect(detail.outcome()).not.toContainText('Quote the day rate later.', { useInnerText: true });
  await earlier.click();
  const before = detail.outcome().getByRole('region', { name: /^Closed as Rejected on / });
  await expect(before).toContainText('Quote the day rate later.');
  await expect(before.getByRole('list', { name: 'Reasons' })).toHaveText(/Rate/);
});
