import type { Clock } from './core/clock';
import { openSession, type DatabaseSession, type SessionOptions } from './core/session/database-session';

export interface DatabaseStartup {
  file: string;
  migrationsFolder: string;
  clock: Clock;
  whileOpen?: SessionOptions['whileOpen'];
  /** Tells the user why Stint cannot start (`dialog.showErrorBox` in the app). */
  report: (title: string, message: string) => void;
  open?: typeof openSession;
}

/**
 * Opens the database as a session, or explains to the user why it cannot and returns null; the caller then quits.
 * Only what the user must fix outside Stint ends it here: a file or folder it may not write, or a file it cannot
 * open at all. A damaged file, one from a newer Stint or another program, or a failed upgrade opens the window on
 * the recovery screen instead, where a backup can be restored; the file itself is never changed.
 */
export function openSessionOrReport({ report, open = openSession, ...options }: DatabaseStartup): DatabaseSession | null {
  let session: DatabaseSession;
  try {
    session = open(options);
  } catch (error) {
    report('Stint cannot open its database', `${error instanceof Error ? error.message : String(error)}\n\nDatabase file: ${options.file}\n\nStint will now close.`);
    return null;
  }
  const status = session.status();
  if (status.state === 'ready' || (status.problem !== 'not_writable' && status.problem !== 'cannot_open')) return session;
  session.close();
  const title = status.problem === 'not_writable' ? 'Stint cannot save to its database' : 'Stint cannot open its database';
  report(title, `${status.message}\n\nDatabase file: ${options.file}\n\nStint will now close. Your data file has not been changed.`);
  return null;
}
