import { expect, test } from './fixtures';

test('a rate is typed as people write it, and an implausible one is saved only once confirmed', async ({ board, api }) => {
  const form = await board.addFirstBid();
  await form.fill({ title: 'Interim Finance Director', agency: 'Harrow & Finch', rate: '£100,000' });
  // Naming an agency made it an agency bid, without touching Source.
  await expect(form.field('Source')).toHaveValue('agency');
  await form.submit();
  expect(await form.errorFor('Rate')).toContain('£100,000.00 per day is far above usual rates.');
  expect((await api.call('getBoard', { filters: {} })).hasAnyBids).toBe(false);

  await form.field('Rate').fill('£850');
  await form.submit();
  await expect(form.dialog).toBeHidden();
  await expect(board.cardIn('Lead', 'Interim Finance Director')).toContainText('£850 per day');

  const second = await board.newBid();
  await second.fill({ title: 'Group Treasurer', agency: 'Harrow & Finch', rate: '1,250' });
  await second.submit();
  await expect(second.dialog).toBeHidden();
  await expect(board.cardIn('Lead', 'Group Treasurer')).toContainText('1,250 per day');

  const third = await board.newBid();
  await third.fill({ title: 'Chief Restructuring Officer', agency: 'Harrow & Finch', rate: '12,000' });
  await third.submit();
  expect(await third.errorFor('Rate')).toContain('far above usual rates');
  await third.submit();
  await expect(third.dialog).toBeHidden();
  await expect(board.cardIn('Lead', 'Chief Restructuring Officer')).toContainText('12,000 per day');
});

test('source and agency must agree', async ({ board, api }) => {
  const form = await board.addFirstBid();
  await form.fill({ title: 'Interim CFO', agency: 'Harrow & Finch' });
  await form.field('Source').selectOption({ label: 'Direct approach' });
  await form.submit();
  expect(await form.errorFor('Source')).toContain('A direct approach has no agency');

  await form.field('Agency').fill('');
  await form.field('Source').selectOption({ label: 'Agency' });
  await form.submit();
  expect(await form.errorFor('Agency')).toContain('Name the agency');
  expect((await api.call('getBoard', { filters: {} })).hasAnyBids).toBe(false);
});

test('long notes show a counter near the limit and a folded view that keeps the stage history in reach', async ({ board, page }) => {
  const form = await board.addFirstBid();
  const notes = `${'Spoke to the CFO about the ledger migration. '.repeat(420)}`.slice(0, 18_500);
  await form.fill({ title: 'Interim Head of Finance Systems' });
  await form.field('Notes').fill(notes);
  await expect(form.dialog.getByText('18,500 of 20,000 characters')).toBeVisible();
  await form.submit();
  await expect(form.dialog).toBeHidden();

  await board.open('Interim Head of Finance Systems');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('region', { name: 'Stage history' }).getByRole('listitem')).toBeInViewport();
  await expect(panel.getByRole('button', { name: 'Show all' })).toBeVisible();
});
