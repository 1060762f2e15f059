/**
 * The plan of the last spreadsheet previewed, kept so that the import the user confirms next need not read, check
 * and match every row again: that was a third of importing 10,000 bids. It is used only for the same file with the
 * same choices, and only if no row has been written to the database since, by this connection or any other;
 * otherwise the import plans again, and refuses if the plan now differs from the preview's, as it always did.
 */
import { sql } from 'drizzle-orm';
import type { CsvFormat } from '../../../../../shared/domain';
import type { Db } from '../../../db/open';
import type { CsvChoices, CsvPlan } from './plan';

/**
 * What changes whenever anything is written: SQLite's `data_version` moves when another connection commits, and
 * `total_changes()` counts this connection's own rows written (temporary ones too, which only costs a re-plan).
 */
export function databaseStamp(db: Db): string {
  const { version, changes } = db.get<{ version: number; changes: number }>(
    sql`SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes`,
  );
  return `${version}:${changes}`;
}

/** The file and every choice that shapes the plan, spelled the same by a preview's input and an import's. */
export function previewKey(format: CsvFormat, fileDigest: string, choices: CsvChoices): string {
  // Every choice named, so that a new one fails to compile here rather than being left out of the key.
  const chosen = {
    columns: choices.columns ?? null,
    dateOrder: choices.dateOrder ?? null,
    stages: choices.stages ?? null,
    duplicates: choices.duplicates ?? null,
  } satisfies Record<keyof CsvChoices, unknown>;
  return JSON.stringify([format, fileDigest, chosen]);
}

/**
 * How long a preview's plan is kept: a 50,000-row plan holds tens of megabytes, which a preview closed without
 * importing must not hold for the rest of the session. An import confirmed later plans again.
 */
export const KEPT_FOR_MS = 5 * 60_000;

export class LastCsvPreview {
  private kept: { key: string; stamp: string; plan: CsvPlan<unknown> } | null = null;
  private expiry: ReturnType<typeof setTimeout> | undefined;

  keep(key: string, stamp: string, plan: CsvPlan<unknown>): void {
    this.forget();
    this.kept = { key, stamp, plan };
    // Unref'd: a kept plan never keeps the process (a test run, the browser host) alive.
    this.expiry = setTimeout(() => this.forget(), KEPT_FOR_MS);
    this.expiry.unref?.();
  }

  /** The kept plan if it was made for `key` with the database as `stamp` says it is now; forgotten either way. */
  take<Input>(key: string, stamp: string): CsvPlan<Input> | null {
    const kept = this.kept;
    this.forget();
    return kept !== null && kept.key === key && kept.stamp === stamp ? (kept.plan as CsvPlan<Input>) : null;
  }

  private forget(): void {
    clearTimeout(this.expiry);
    this.expiry = undefined;
    this.kept = null;
  }
}
