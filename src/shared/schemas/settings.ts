/** The Settings page's values, checked the same way in the renderer and at the boundary. */
import { z } from 'zod';
import { SETTINGS_LIMITS } from '../domain';

function wholeNumber(label: string, min: number, max: number) {
  const message = `${label} must be a whole number from ${min} to ${max}`;
  return z.int(message).min(min, message).max(max, message);
}

const cadence = (label: string) => wholeNumber(label, 1, SETTINGS_LIMITS.cadenceDays);

export const settingsSchema = z.strictObject({
  keyPartnerCadenceDays: cadence('Key partner cadence'),
  recruiterCadenceDays: cadence('Recruiter cadence').nullable(),
  liveBidsTarget: wholeNumber('Live bids target', 1, SETTINGS_LIMITS.liveBidsTarget),
  workingDays: z
    .array(z.int().min(0, 'Working days are 0 (Sunday) to 6 (Saturday)').max(6, 'Working days are 0 (Sunday) to 6 (Saturday)'))
    .min(1, 'Working days must include at least one day')
    .max(7, 'Working days has 7 days at most')
    .refine((days) => new Set(days).size === days.length, 'Working days must name each day once'),
  notifications: z.boolean('Notifications must be on or off'),
});
export type Settings = z.output<typeof settingsSchema>;
