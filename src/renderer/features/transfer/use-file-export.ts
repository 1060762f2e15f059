import { useState } from 'react';
import { failureMessage } from '../../api/failure-message';
import { saveTextFile } from '../../app/files';
import { useToasts } from '../toasts/toasts';

interface MadeFile {
  fileName: string;
  text: string;
}

/**
 * An export the user asked for: the core makes the file, the page saves it (in the desktop app through its save
 * dialog, which may yet be cancelled: the toast says "exported", not "saved"), and one export runs at a time.
 * `exporting` names the one under way; a failure resolves to its message, for the caller to show where it belongs.
 */
export function useFileExport<Key extends string>() {
  const toasts = useToasts();
  const [exporting, setExporting] = useState<Key | null>(null);

  const run = async (key: Key, make: () => Promise<MadeFile>, type: string, said: (fileName: string) => string): Promise<string | null> => {
    setExporting(key);
    try {
      const file = await make();
      saveTextFile(file.fileName, file.text, type);
      toasts.show(said(file.fileName));
      return null;
    } catch (failure) {
      return failureMessage(failure);
    } finally {
      setExporting(null);
    }
  };

  return { exporting, run };
}
