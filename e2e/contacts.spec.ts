import { expect, openApp, test } from './fixtures';
import { sampleBid } from './support/sample-bid';

test('a contact added through the form is listed first as a key partner, and the filters survive a reload', async ({ page, host, api }) => {
  await api.call('createBid', sampleBid('Interim CFO', { recruiter: { name: 'Sam Reyes' } }));
  await openApp(page, host, '#/contacts');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const form = page.getByRole('dialog', { name: 'Add a contact' });
  await form.getByLabel('Name').fill('Priya Patel');
  await form.getByLabel('Kind').selectOption({ label: 'Recruiter' });
  await form.getByLabel('Email').fill('not an email');
  await form.getByRole('checkbox', { name: 'Key partner' }).check();
  await form.getByRole('button', { name: 'Add contact' }).click();
  await expect(form.getByText('Email must look like name@example.com')).toBeVisible();
  await form.getByLabel('Email').fill('priya@harrow.example');
  await form.getByRole('button', { name: 'Add contact' }).click();
  // Saved, it opens on its own page.
  await expect(page.getByRole('heading', { name: 'Priya Patel', level: 2 })).toBeVisible();
  await expect(page.locator('.contact-facts')).toContainText('Every 30 days (key partners’ default)');

  await page.getByRole('link', { name: '← All contacts' }).click();
  const names = page.locator('.contact-row .contact-name a');
  await expect(names.first()).toHaveText('Priya Patel');
  await page.getByRole('checkbox', { name: 'Key partners' }).check();
  await expect(names).toHaveText(['Priya Patel']);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Key partners' })).toBeChecked();
  await expect(names).toHaveText(['Priya Patel']);
});

test('merging a duplicate says what will move, then moves it to the contact kept', async ({ page, host, api }) => {
  const bid = await api.call('createBid', sampleBid('Interim CFO', { recruiter: { name: 'Sam Reyes' } }));
  const duplicate = await api.call('getBid', { id: bid.id });
  const kept = await api.call('saveContact', {
    contactId: null,
    name: 'Samuel Reyes',
    title: 'Director',
    contactKind: 'recruiter',
    organisation: null,
    email: '',
    phone: '',
    profileUrl: '',
    keyPartner: false,
    cadenceDays: null,
    notes: '',
  });
  await api.call('logInteraction', { date: '2026-01-05', time: null, channel: 'call', contacts: [{ id: duplicate.recruiter?.id ?? 0 }], bidId: bid.id, summary: 'Intro call' });

  await openApp(page, host, `#/contacts?contact=${kept.id}`);
  await page.getByRole('button', { name: 'Merge…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge a duplicate into Samuel Reyes' });
  await dialog.getByLabel('Find the duplicate contact').fill('Sam');
  await dialog.getByRole('radio', { name: 'Sam Reyes' }).check();
  // Sam's keep-in-touch reminder is made again for Samuel from the same call rather than moved.
  await expect(dialog.locator('.merge-preview li')).toHaveText(['1 bid as recruiter', '1 interaction']);
  await dialog.getByRole('button', { name: 'Merge Sam Reyes into Samuel Reyes' }).click();
  await expect(page.getByText('Merged Sam Reyes into Samuel Reyes: moved 1 bid as recruiter, 1 interaction.')).toBeVisible();
  await expect(page.locator('.contact-bids')).toContainText('Interim CFO');
  await expect(page.locator('.interaction-list')).toContainText('Intro call');
  expect((await api.call('getBid', { id: bid.id })).recruiter?.name).toBe('Samuel Reyes');
  await expect(page.locator('li.reminder')).toHaveCount(1);
  await expect(page.locator('li.reminder')).toContainText('Get in touch with Samuel Reyes');
});
