/**
 * Files the user saves and opens. The page uses the browser's download and file picker; the desktop app shows
 * both as its native save and open dialogs (the main process names the save dialog's file types), so one path
 * serves both hosts and the core only ever sees text.
 */
import { MAX_IMPORT_BYTES } from '../../shared/domain';

/** Saves text the core made under `fileName`, as a download (in the desktop app, through its save dialog). */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export interface OpenedFile {
  name: string;
  text: string;
  /** Spreadsheets on Windows still save CSV in the Western code page; such a file is read as that, and said so. */
  encoding: 'UTF-8' | 'Windows-1252';
}

export class FileNotReadError extends Error {}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Decodes a file's bytes as UTF-8 (a byte-order mark is dropped), or, when they are not valid UTF-8, as
 * Windows-1252: never silently turning "é" into "�".
 */
export function decodeText(bytes: ArrayBuffer): Pick<OpenedFile, 'text' | 'encoding'> {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/** Reads a file the user chose, reporting how much has been read so far (0 to 1). */
export function readOpenedFile(file: File, onProgress: (fraction: number) => void = () => {}): Promise<OpenedFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    return Promise.reject(new FileNotReadError(`${file.name} is ${megabytes(file.size)}; Stint imports files of up to ${megabytes(MAX_IMPORT_BYTES)}.`));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(new FileNotReadError(`${file.name} could not be read: ${reader.error?.message ?? 'the file may have been moved or deleted'}.`));
    reader.onload = () => {
      onProgress(1);
      resolve({ name: file.name, ...decodeText(reader.result as ArrayBuffer) });
    };
    reader.readAsArrayBuffer(file);
  });
}
