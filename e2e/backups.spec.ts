import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test } from './fixtures';
import { overwritePages } from '../src/main/core/test-support/damage';
import { sampleBid as bid } from './support/sample-bid';

test('Back up now lists a checked backup; restoring it brings back what it held, and what was there before is backed up first', async ({ host, api, page }) => {
  await api.call('createBid', bid('Interim CFO'));
  await page.goto(`${host.url}#/settings`);
  const backups = page.getByRole('region', { name: 'Backups' });
  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('status')).toContainText('Backed up and checked');
  const rows = backups.getByRole('table', { name: 'Your backups, newest first' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Backed up by you' })).toContainText('1 bid, 1 contact, 0 interactions');

  await api.call('createBid', bid('Programme Director'));
  await rows.filter({ hasText: 'Backed up by you' }).getByRole('button', { name: /^Restore the backup of/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('Your data as it is now is backed up first');
  // The page loads again, on the restored data.
  await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Restore backup' }).click()]);
  await page.goto(`${host.url}#/board`);
  await expect(page.getByText('Interim CFO')).toBeVisible();
  await expect(page.getByText('Programme Director')).toHaveCount(0);
  const listed = await api.call('listBackups', {});
  expect(listed.backups.find((backup) => backup.reason === 'before-restore')?.counts?.bids).toBe(2);
});

test('a damaged database opens on the recovery screen; restoring the newest good backup brings the data back and keeps the damaged file', async ({ host, api, page }) => {
  await api.call('createBid', bid('Interim CFO'));
  await api.call('backupNow', {});
  await host.halt();
  overwritePages(host.databaseFile, 7);
  await host.restart();

  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your database is damaged', level: 1 })).toBeVisible();
  await expect(page.getByText(`Database: ${host.databaseFile}`)).toBeVisible();
  const newest = page.getByRole('region', { name: 'Newest good backup' });
  await expect(newest).toContainText('1 bid, 1 contact, 0 interactions');
  await newest.getByRole('button', { name: 'Restore this backup' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('The file that cannot be used is kept beside it, exactly as it is');
  await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Restore backup' }).click()]);
  await expect(page.getByRole('heading', { name: 'Stint', level: 1 })).toBeVisible();
  await page.goto(`${host.url}#/board`);
  await expect(page.getByText('Interim CFO')).toBeVisible();
  expect(readdirSync(dirname(host.databaseFile)).filter((name) => name.startsWith('stint.db.damaged-'))).toHaveLength(1);
});
