/**
 * Saving a file the page made (an export, a calendar): the page starts a download of text it holds, and the
 * desktop app turns that into its native save dialog, named for the file's type. Nothing else is downloaded.
 */
import { extname, join } from 'node:path';
import { isAppUrl } from './navigation-guard';

const FILE_TYPES: Record<string, { name: string; extensions: string[] }> = {
  '.json': { name: 'Stint export (JSON)', extensions: ['json'] },
  '.csv': { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  '.ics': { name: 'Calendar (iCalendar)', extensions: ['ics'] },
};

/** The part of Electron's DownloadItem used here, so that tests can pass a plain fake. */
export interface SavableDownload {
  getURL(): string;
  getFilename(): string;
  setSaveDialogOptions(options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] }): void;
}

/** True for the text the app's own page made: `blob:` of the app's origin (or of the dev server in development). */
export function isPageMadeFile(url: string, devServerUrl?: string): boolean {
  return url.startsWith('blob:') && isAppUrl(url.slice('blob:'.length), devServerUrl);
}

export interface DownloadOptions {
  /** Where the save dialog starts: the user's Downloads or Documents folder. */
  folder: string;
  devServerUrl?: string;
  log?: (message: string) => void;
}

/**
 * Handles Electron's `will-download`: a file the page made is saved through the native save dialog, starting in
 * `folder` under its own name and filtered to its type; a download of anything else is refused, since the page
 * has no reason to fetch a file from anywhere.
 */
export function handleDownload(event: { preventDefault(): void }, item: SavableDownload, options: DownloadOptions): void {
  const url = item.getURL();
  if (!isPageMadeFile(url, options.devServerUrl)) {
    event.preventDefault();
    (options.log ?? console.warn)(`Refused to download ${url}`);
    return;
  }
  const fileName = item.getFilename();
  const type = FILE_TYPES[extname(fileName).toLowerCase()];
  item.setSaveDialogOptions({ title: `Save ${fileName}`, defaultPath: join(options.folder, fileName), filters: type ? [type] : [] });
}
