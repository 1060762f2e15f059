import { expect, test } from './fixtures';
import { sampleBid } from './support/sample-bid';

test('after Delete for good, focus moves to the next card in the lane, or to the lane when it is empty', async ({ board, api, page }) => {
  for (const title of ['Interim CFO', 'Programme Director', 'Head of Transformation']) await api.call('createBid', sampleBid(title));
  await api.call('createBid', sampleBid('Finance Business Partner', { stage: 'brief' }));
  await page.reload();
  const lead = board.lane('Lead').getByRole('heading', { level: 3 });
  await expect(lead).toHaveCount(3);
  const [first, second, third] = await lead.allTextContents();

  await (await board.open(first!)).deleteForGood();
  await expect(board.card(first!)).toHaveCount(0);
  await expect(board.cardIn('Lead', second!)).toBeFocused();

  // The last card of a lane hands focus to the one above it.
  await (await board.open(third!)).deleteForGood();
  await expect(board.card(third!)).toHaveCount(0);
  await expect(board.cardIn('Lead', second!)).toBeFocused();

  // The only card of a lane leaves the focus on the lane.
  await (await board.open('Finance Business Partner')).deleteForGood();
  await expect(board.card('Finance Business Partner')).toHaveCount(0);
  await expect(board.lane('Brief').locator('.lane-scroll')).toBeFocused();
});

test('dragging a card is announced in words: picked up, moved to a stage, or not moved', async ({ board, api, page }) => {
  await api.call('createBid', sampleBid('Interim CFO'));
  await page.reload();

  await board.drag('Interim CFO', 'Submitted');
  await board.expectCardIn('Submitted', 'Interim CFO');
  await expect(board.dragAnnouncement).toHaveText('Moved Interim CFO to Submitted.');

  await board.drag('Interim CFO', 'Submitted');
  await expect(board.dragAnnouncement).toHaveText('Interim CFO was not moved: it is already in Submitted.');
});
