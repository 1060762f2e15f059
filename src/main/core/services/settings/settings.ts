/** The reminder settings: the stored row, or the defaults until the user first saves the Settings page. */
import { eq } from 'drizzle-orm';
import { DEFAULT_SETTINGS } from '../../../../shared/domain';
import type { Settings } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { settings } from '../../db/schema';
import { writeTransaction } from '../../db/transactions';

export function getSettings(db: Db): Settings {
  const row = db.select().from(settings).where(eq(settings.id, 1)).get();
  if (!row) return { ...DEFAULT_SETTINGS, workingDays: [...DEFAULT_SETTINGS.workingDays] };
  const { keyPartnerCadenceDays, recruiterCadenceDays, liveBidsTarget, workingDays, notifications } = row;
  return { keyPartnerCadenceDays, recruiterCadenceDays, liveBidsTarget, workingDays, notifications };
}

/** Saves them; `afterSave` (the reminder rules) runs in the same transaction, so open reminders follow at once. */
export function saveSettings(db: Db, now: number, input: Settings, afterSave: (tx: Db) => void): Settings {
  return writeTransaction(db, (tx) => {
    const values = { ...input, workingDays: [...input.workingDays].sort((a, b) => a - b), updatedAt: now };
    tx.insert(settings)
      .values({ id: 1, ...values })
      .onConflictDoUpdate({ target: settings.id, set: values })
      .run();
    afterSave(tx);
    return getSettings(tx);
  });
}
