/** The user's settings for reminders, with the defaults a new database starts from. */
import { KEEP_IN_TOUCH_DAYS } from './relationships';

/** Days of the week as JavaScript numbers them: Sunday is 0. */
export const WEEKDAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface ReminderSettings {
  /** Days between keep-in-touch reminders for a key partner, unless set for the contact. */
  keyPartnerCadenceDays: number;
  /** The same for any other recruiter; null: recruiters get none unless set for them. */
  recruiterCadenceDays: number | null;
  /** Fewer live bids than this while the contract ends within eight weeks raises "pipeline cover". */
  liveBidsTarget: number;
  /** The days a "next working day" reminder may fall on (0–6, Sunday 0). */
  workingDays: number[];
  /** Desktop (or browser) notifications for reminders that fall due while Stint is open. */
  notifications: boolean;
}

export const DEFAULT_SETTINGS: ReminderSettings = {
  keyPartnerCadenceDays: KEEP_IN_TOUCH_DAYS.keyPartner,
  recruiterCadenceDays: KEEP_IN_TOUCH_DAYS.recruiter,
  liveBidsTarget: 3,
  workingDays: [1, 2, 3, 4, 5],
  notifications: true,
};

/** Bounds of the settings, in words in the schema's messages. */
export const SETTINGS_LIMITS = { cadenceDays: 365, liveBidsTarget: 20 } as const;
