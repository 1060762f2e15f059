import { describe, expect, it, vi } from 'vitest';
import { handleDownload, isPageMadeFile, type SavableDownload } from './downloads';

function download(url: string, fileName: string) {
  const setSaveDialogOptions = vi.fn<SavableDownload['setSaveDialogOptions']>();
  const item: SavableDownload = { getURL: () => url, getFilename: () => fileName, setSaveDialogOptions };
  const event = { preventDefault: vi.fn() };
  return { item, event, setSaveDialogOptions };
}

describe('saving a file the page made', () => {
  it('opens the native save dialog in the chosen folder, under the file’s own name and filtered to its type', () => {
    const csv = download('blob:app://stint/3f1c0b9e-8d7a-4c55-9e3b-0a1b2c3d4e5f', 'stint-bids-2026-11-30.csv');
    handleDownload(csv.event, csv.item, { folder: '/home/ana/Downloads' });
    expect(csv.event.preventDefault).not.toHaveBeenCalled();
    expect(csv.setSaveDialogOptions).toHaveBeenCalledWith({
      title: 'Save stint-bids-2026-11-30.csv',
      defaultPath: '/home/ana/Downloads/stint-bids-2026-11-30.csv',
      filters: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
    });

    const json = download('blob:app://stint/1', 'stint-export-2026-11-30.json');
    handleDownload(json.event, json.item, { folder: '/d' });
    expect(json.setSaveDialogOptions.mock.calls[0]?.[0].filters).toEqual([{ name: 'Stint export (JSON)', extensions: ['json'] }]);
  });

  it('refuses to download anything the page did not make itself', () => {
    for (const url of ['https://example.com/payload.exe', 'blob:https://example.com/1', 'file:///etc/passwd', 'blob:app://evil/1', 'data:text/plain,x']) {
      const other = download(url, 'payload.exe');
      const log = vi.fn();
      handleDownload(other.event, other.item, { folder: '/d', log });
      expect(other.event.preventDefault).toHaveBeenCalledOnce();
      expect(other.setSaveDialogOptions).not.toHaveBeenCalled();
      expect(log).toHaveBeenCalledWith(`Refused to download ${url}`);
    }
  });

  it('accepts the dev server’s files only in development', () => {
    expect(isPageMadeFile('blob:http://localhost:5173/1', 'http://localhost:5173')).toBe(true);
    expect(isPageMadeFile('blob:http://localhost:5173/1')).toBe(false);
  });
});
