import { openDatabase, type StintDatabase } from './core/db/open';
import { DatabaseNotWritableError } from './core/db/writable';

export interface DatabaseStartup {
  file: string;
  migrationsFolder: string;
  /** Tells the user why Stint cannot start (`dialog.showErrorBox` in the app). */
  report: (title: string, message: string) => void;
  open?: typeof openDatabase;
}

/**
 * Opens the database, bringing its schema up to date, or explains to the user why it cannot and returns null.
 * The caller then quits: retrying would fail the same way, and the file is never touched by a half-applied
 * migration (migrations run in one transaction).
 */
export function openDatabaseOrReport({ file, migrationsFolder, report, open = openDatabase }: DatabaseStartup): StintDatabase | null {
  try {
    return open(file, { migrationsFolder });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const title = error instanceof DatabaseNotWritableError ? 'Stint cannot save to its database' : 'Stint cannot open its database';
    report(title, `${reason}\n\nDatabase file: ${file}\n\nStint will now close. Your data file has not been changed.`);
    return null;
  }
}
