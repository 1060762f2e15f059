import type { DatabaseProblem } from '../../../shared/schemas/backups';
import { DatabaseDamagedError, NotADatabaseError } from '../db/integrity';
import { MigrationError } from '../db/migrate';
import { DatabaseNotWritableError } from '../db/writable';

/** Which problem a failure to open the database is, for the recovery screen to say what can be done. */
export function problemOf(error: unknown): DatabaseProblem {
  if (error instanceof DatabaseDamagedError) return 'damaged';
  if (error instanceof NotADatabaseError) return 'not_stint';
  if (error instanceof DatabaseNotWritableError) return 'not_writable';
  if (error instanceof MigrationError) return error.failure;
  return 'cannot_open';
}
