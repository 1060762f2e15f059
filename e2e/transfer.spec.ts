import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seriousViolations } from './support/axe';
import { sampleBid as bid } from './support/sample-bid';

/**
 * Chooses a file in Settings' import, as the user picks one: a file saved on disk, or `name` holding `text`.
 * Returns the import dialog it opens.
 */
async function chooseFile(page: Page, file: string | { name: string; text: string }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('region', { name: 'Import' }).getByRole('button', { name: 'Choose a file to import…' }).click()]);
  await chooser.setFiles(typeof file === 'string' ? file : { name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) });
  return page.getByRole('dialog', { name: `Import ${typeof file === 'string' ? basename(file) : file.name}` });
}

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
  const dialog = await chooseFile(page, saved);
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
  const dialog = await chooseFile(page, { name: 'notes.json', text: '{"hello": "world"}' });
  await expect(dialog).toContainText('This file cannot be imported as it is');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('LinkedIn’s Connections.csv imports as contacts with no mapping to do, notes above its header and all', async ({ host, api, page }) => {
  const connections = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Zoë,Ó’Sullivan-Müller,https://www.linkedin.com/in/zoe-osm,zoe@hays.example,Hays,Senior Consultant,14 Mar 2024',
    'Sam,Reyes,https://www.linkedin.com/in/sam-reyes,,Acme Group,CFO,02 Jan 2023',
  ].join('\n');
  await page.goto(`${host.url}#/settings`);
  const dialog = await chooseFile(page, { name: 'Connections.csv', text: connections });
  await expect(dialog.getByRole('radio', { name: 'Contacts' })).toBeChecked();
  await expect(dialog).toContainText('This is LinkedIn’s export of your connections: its columns are mapped for you.');
  await expect(dialog.getByRole('combobox', { name: 'Email' })).toHaveValue('3');
  await expect(dialog).toContainText('Importing adds 2 contacts.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported Connections.csv: 2 contacts added' })).toBeVisible();
  const contacts = await api.call('listContacts', {});
  expect(contacts.rows.map((contact) => contact.name).sort()).toEqual(['Sam Reyes', 'Zoë Ó’Sullivan-Müller']);
});

test('a spreadsheet of bids asks how its dates are written and what an unknown status means, and imports the good rows only when told to', async ({ host, api, page }) => {
  const bids = [
    '\uFEFFRole;Client;Agency;Day rate;Status;Applied',
    'Interim CFO;Acme Group;Hays;"1.250,50 €";applied;03/04/2026',
    'Programme Director;Northwind;;950;Parked;05/04/2026',
    ';Contoso;Hays;800;rejected;06/04/2026',
  ].join('\r\n');
  await page.goto(`${host.url}#/settings`);
  const dialog = await chooseFile(page, { name: 'bids 2026.csv', text: bids });
  await expect(dialog.getByRole('radio', { name: 'Bids' })).toBeChecked();
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(dialog.getByRole('note', { name: 'Still to decide' })).toContainText('Choose the stage for the status “Parked”');
  await expect(importButton).toBeDisabled();
  // The dialog at its fullest (questions, bad rows, mapping), scanned in both themes: about 9 s alone.
  test.slow();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page, 'dialog[open]'), `CSV import dialog, ${colorScheme}`).toEqual([]);
  }

  await dialog.getByRole('radio', { name: /^Day first/ }).check();
  await dialog.getByRole('combobox', { name: 'Parked' }).selectOption({ label: 'Lead' });
  await expect(dialog.getByRole('table', { name: /1 row cannot be imported/ })).toContainText('Title');
  await expect(importButton).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Leave out the 1 row with problems and import the 2 rows without/ }).check();
  await expect(dialog).toContainText('Importing adds 2 bids and leaves out 1 row with problems.');
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Imported bids 2026.csv: 2 bids added, 1 row left out' })).toBeVisible();

  const board = await api.call('getBoard', { filters: {} });
  const cards = board.columns.flatMap((column) => column.cards.map((card) => ({ title: card.title, stage: column.stage })));
  expect(cards.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
    { title: 'Interim CFO', stage: 'submitted' },
    { title: 'Programme Director', stage: 'lead' },
  ]);
  const cfoCard = board.columns.flatMap((column) => column.cards).find((card) => card.title === 'Interim CFO');
  const cfo = await api.call('getBid', { id: cfoCard!.id });
  expect(cfo.rate).toMatchObject({ amount: 1250.5, currency: 'EUR' });
  expect(cfo.client?.name).toBe('Acme Group');
  // 03/04/2026 read day first: the 3rd of April.
  expect(new Date(cfo.createdAt).getDate()).toBe(3);
  expect(new Date(cfo.createdAt).getMonth()).toBe(3);
});

test('bids exported as CSV open as a spreadsheet would read them, and the same file imports back with no mapping to do', async ({ host, api, page }) => {
  const cfo = await api.call('createBid', bid('Interim CFO'));
  await page.goto(`${host.url}#/settings`);
  const csvExports = page.getByRole('group', { name: 'Export a list as CSV' });
  const [download] = await Promise.all([page.waitForEvent('download'), csvExports.getByRole('button', { name: 'Bids (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const saved = join(mkdtempSync(join(tmpdir(), 'stint-e2e-csv-')), download.suggestedFilename());
  await download.saveAs(saved);
  const text = readFileSync(saved, 'utf8');
  // A byte-order mark, so that Excel reads it as UTF-8; the app's own labels as headers.
  expect(text.startsWith('\uFEFFTitle,')).toBe(true);
  expect(text).toContain('Interim CFO');

  await api.call('deleteBid', { id: cfo.id });
  const dialog = await chooseFile(page, saved);
  await expect(dialog).toContainText('Its headers are Stint’s own field names, so its columns are mapped for you.');
  await expect(dialog).toContainText('Importing adds 1 bid.');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  const board = await api.call('getBoard', { filters: {} });
  expect(board.columns.flatMap((column) => column.cards.map((card) => card.title))).toEqual(['Interim CFO']);
});
