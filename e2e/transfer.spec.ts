import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { sampleBid as bid } from './support/sample-bid';

test('everything exported as JSON comes back after a deletion: the file is saved, previewed before it is imported, and the bid returns', async ({ host, api, page }) => {
  const cfo = await api.call('createBid', bid('Interim CFO'));
  await api.call('createBid', bid('Programme Director'));
  await page.goto(`${host.url}#/settings`);

  const exporting = page.getByRole('region', { name: 'Export' });
  const [download] = await Promise.all([page.waitForEvent('download'), exporting.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^stint-export-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = join(mkdtempSync(join(tmpdir(), 'stint-e2e-export-')), download.suggestedFilename());
  await download.saveAs(saved);
  const document = JSON.parse(readFileSync(saved, 'utf8')) as { records: { bids: { title: string }[] } };
  expect(document.records.bids.map((record) => record.title).sort()).toEqual(['Interim CFO', 'Programme Director']);

  await api.call('deleteBid', { id: cfo.id });
  const importing = page.getByRole('region', { name: 'Import' });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importing.getByRole('button', { name: 'Choose a file to import…' }).click()]);
  await chooser.setFiles(saved);

  const dialog = page.getByRole('dialog', { name: `Import ${download.suggestedFilename()}` });
  await expect(dialog).toContainText('Importing it adds 2 records and updates none; 20 are already here');
  await expect(dialog.getByRole('row', { name: /^Bids/ }).getByRole('cell')).toHaveText(['1', '0', '1']);
  await expect(dialog.getByRole('row', { name: /^Stage moves/ }).getByRole('cell')).toHaveText(['1', '0', '1']);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${download.suggestedFilename()}` })).toBeVisible();
  const board = await api.call('getBoard', { filters: {} });
  expect(board.columns.flatMap((column) => column.cards.map((card) => card.title)).sort()).toEqual(['Interim CFO', 'Programme Director']);
});

test('a file that is not a Stint export is explained, and nothing is imported', async ({ host, page }) => {
  await page.goto(`${host.url}#/settings`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file to import…' }).click()]);
  await chooser.setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  const dialog = page.getByRole('dialog', { name: 'Import notes.json' });
  await expect(dialog).toContainText('This file cannot be imported as it is');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();
});
