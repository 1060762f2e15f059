import { RATE_UNIT_LABELS } from '../../../shared/domain';
import type { BidCard } from '../../../shared/schemas';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** "£850 per day": currency symbols where the locale knows them, whole numbers unless pence matter. */
export function formatRate(rate: NonNullable<BidCard['rate']>): string {
  const key = `${rate.currency}:${Number.isInteger(rate.amount)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: rate.currency,
      maximumFractionDigits: Number.isInteger(rate.amount) ? 0 : 2,
    });
    numberFormats.set(key, format);
  }
  return `${format.format(rate.amount)} ${RATE_UNIT_LABELS[rate.unit]}`;
}

export function formatDaysInStage(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? '1 day' : `${days} days`;
}
