import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { sampleBid } from './support/sample-bid';

// A Wednesday morning: tomorrow is a working day, and "this week" runs to the next Wednesday.
const NOW = '2026-03-04T10:00:00Z';
test.use({ hostNow: NOW });

const DAY = 86_400_000;

const contactInput = (name: string, fields: { keyPartner?: boolean } = {}) => ({
  contactId: null,
  name,
  title: '',
  contactKind: 'recruiter' as const,
  organisation: { name: 'Harrow & Finch' },
  email: '',
  phone: '',
  profileUrl: '',
  keyPartner: fields.keyPartner ?? false,
  cadenceDays: null,
  notes: '',
});

const group = (page: Page, name: 'Overdue' | 'Due today' | 'This week' | 'Later') => page.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
/** The reminder titled `title` in one of Today's groups. */
const reminder = (page: Page, groupName: Parameters<typeof group>[1], title: string) =>
  group(page, groupName).locator('li.reminder').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

test('a key partner last called 31 days ago shows in Today; logging a call answers it and schedules the next 30 days on', async ({ page, host, api }) => {
  const priya = await api.call('saveContact', contactInput('Priya Patel', { keyPartner: true }));
  await api.call('logInteraction', { date: '2026-02-01', time: '10:00', channel: 'call', contacts: [{ id: priya.id }], bidId: null, summary: 'Catch-up' });

  // The bare address is the home page: Today, as there is data.
  await openApp(page, host, '');
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  const due = reminder(page, 'Overdue', 'Get in touch with Priya Patel');
  await expect(due).toContainText('Key partner: in touch every 30 days');
  await expect(page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: /^Today/ })).toContainText('1');

  await due.getByRole('button', { name: 'Log and done' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log how you got in touch with Priya Patel' });
  await dialog.getByLabel('What was said (optional)').fill('Two roles coming in April.');
  await dialog.getByRole('button', { name: 'Log and mark done' }).click();
  await expect(page.getByText('Logged the call with Priya Patel.')).toBeVisible();
  await expect(group(page, 'Overdue').getByText('Nothing overdue.')).toBeVisible();

  const next = reminder(page, 'Later', 'Get in touch with Priya Patel');
  await expect(next).toBeVisible();
  const [stored] = await api.call('listReminders', { contactId: priya.id });
  const [logged] = await api.call('listInteractions', { contactId: priya.id });
  expect(stored?.dueAt).toBe((logged?.occurredAt ?? 0) + 30 * DAY);
  expect(logged?.summary).toBe('Two roles coming in April.');

  await next.getByRole('link', { name: 'Priya Patel' }).click();
  await expect(page.getByRole('heading', { name: 'Priya Patel', level: 2 })).toBeVisible();
  await expect(page.locator('.contact-facts')).toContainText('Last contactToday');
  await expect(page.locator('.contact-facts')).toContainText('Due in 30 days');
  await expect(page.locator('.interaction-list')).toContainText('Two roles coming in April.');
});

test('a reminder snoozed until tomorrow leaves today and shows again from 09:00 tomorrow', async ({ page, host, api }) => {
  const set = await api.call('createReminder', { title: 'Send the CV to Hays', note: '', dueDate: '2026-03-04', dueTime: '09:30', contactId: null, bidId: null });
  await openApp(page, host, '#/today');
  const item = reminder(page, 'Due today', 'Send the CV to Hays');
  await item.getByRole('button', { name: 'Snooze' }).click();
  await item.getByRole('button', { name: 'Until tomorrow' }).click();
  await expect(page.getByText(/^Snoozed until /)).toBeVisible();
  await expect(reminder(page, 'This week', 'Send the CV to Hays')).toContainText('snoozed until');
  const [stored] = await api.call('listReminders', {});
  const tomorrowMorning = await page.evaluate((now) => {
    const date = new Date(Date.parse(now));
    return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 9).getTime();
  }, NOW);
  expect(stored).toMatchObject({ id: set.id, dueAt: set.dueAt, snoozedUntil: tomorrowMorning });
});

test('Export to calendar downloads an iCalendar file holding the open reminders, and says so', async ({ page, host, api }) => {
  await api.call('createReminder', { title: 'Send the CV to Hays', note: '', dueDate: '2026-03-05', dueTime: '09:30', contactId: null, bidId: null });
  const done = await api.call('createReminder', { title: 'Already done', note: '', dueDate: '2026-03-05', dueTime: '10:00', contactId: null, bidId: null });
  await api.call('completeReminder', { reminderId: done.id });
  await openApp(page, host, '#/today');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to calendar' }).click()]);
  expect(download.suggestedFilename()).toBe('stint-2026-03-04.ics');
  const saved = join(mkdtempSync(join(tmpdir(), 'stint-e2e-calendar-')), download.suggestedFilename());
  await download.saveAs(saved);
  const text = readFileSync(saved, 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain('SUMMARY:Send the CV to Hays');
  expect(text).not.toContain('Already done');
  await expect(page.getByRole('status').filter({ hasText: 'Exported stint-2026-03-04.ics: import it into Google Calendar or Outlook.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export to calendar' })).toBeEnabled();
});

test('a rejection makes a thank-you due the next working morning, not the same hour', async ({ page, host, api }) => {
  const bid = await api.call('createBid', { ...sampleBid('Interim CFO'), stage: 'interview', recruiter: { name: 'Sam Reyes' } });
  await api.call('moveBid', { id: bid.id, to: 'rejected' });
  await openApp(page, host, '#/today');
  const thanks = reminder(page, 'This week', 'Thank Sam Reyes and ask for feedback on “Interim CFO”');
  await expect(thanks).toContainText('Closed as Rejected');
  const [stored] = await api.call('listReminders', { bidId: bid.id });
  const nextMorning = await page.evaluate((now) => {
    const date = new Date(Date.parse(now));
    return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1, 9).getTime();
  }, NOW);
  expect(stored?.dueAt).toBe(nextMorning);
});

test('with no data the bare address opens the board’s first steps; with data, Today', async ({ page, host, api }) => {
  await openApp(page, host, '');
  await expect(page.getByRole('heading', { name: 'Your pipeline is empty' })).toBeVisible();
  await api.call('loadSampleData', {});
  await openApp(page, host, '');
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
});

test('Today, Contacts and a contact page have no serious accessibility violations, light or dark', async ({ page, host, api }) => {
  // Six axe scans of pages full of sample data take a while on a busy 2-core machine.
  test.setTimeout(150_000);
  await api.call('loadSampleData', {});
  await openApp(page, host, '#/today');
  await expect(page.locator('li.reminder').first()).toBeVisible();
  const scan = async (what: string) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page), `${what}, ${colorScheme}`).toEqual([]);
    }
  };
  await scan('Today');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.locator('.contact-row a').first()).toBeVisible();
  await scan('Contacts');
  await page.locator('.contact-row a').first().click();
  await expect(page.getByRole('heading', { name: 'Reminders' })).toBeVisible();
  await scan('A contact page');
});
