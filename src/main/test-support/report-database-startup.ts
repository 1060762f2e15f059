/**
 * The desktop app's database start-up, run as its own process so that a test can run it as an unprivileged
 * user: `node --import tsx report-database-startup.ts <file>` prints what the error dialog would show, as one
 * JSON line (`null` when the database opened).
 */
import { systemClock } from '../core/clock';
import { MIGRATIONS_FOLDER } from '../core/test-support/temp-database';
import { openSessionOrReport } from '../database-startup';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: report-database-startup.ts <file>');

let dialog: { title: string; message: string } | null = null;
const session = openSessionOrReport({ file, migrationsFolder: MIGRATIONS_FOLDER, clock: systemClock, report: (title, message) => (dialog = { title, message }) });
session?.close();
process.stdout.write(`${JSON.stringify(dialog)}\n`);
