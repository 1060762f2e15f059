/**
 * A day rate as spreadsheets write it: "650", "650.00", "1,250", "£650", "1.250,50 €", "EUR 700/day". A symbol or
 * a three-letter code sets the currency; the last of "." and "," is the decimal point when both appear, and one
 * alone is a thousands separator when exactly three digits follow it ("1,250", "1.250"), since a day rate of 1.25
 * is no day rate.
 */
const SYMBOLS: Record<string, string> = { '£': 'GBP', '€': 'EUR', $: 'USD', 'US$': 'USD', 'A$': 'AUD', 'C$': 'CAD', CHF: 'CHF', Fr: 'CHF', kr: 'SEK', zł: 'PLN' };
const PER_DAY = /\s*(?:\/\s*(?:day|d)|per\s+day|a\s+day|p\/?d|daily|pd)\.?$/i;
const CODE = /^[A-Za-z]{3}$/;

export interface Amount {
  amount: number;
  currency: string | null;
}

export function currencyOf(mark: string): string | null | undefined {
  if (mark === '') return null;
  if (SYMBOLS[mark]) return SYMBOLS[mark];
  return CODE.test(mark) ? mark.toUpperCase() : undefined;
}

/** The number in "1.250,50", "1 250", "1'250.5"; null when it is none. */
function numberOf(digits: string): number | null {
  const plain = digits.replace(/[\s\u00a0\u202f']/g, '');
  if (!/^\d[\d.,]*\d$|^\d$/.test(plain)) return null;
  const lastDot = plain.lastIndexOf('.');
  const lastComma = plain.lastIndexOf(',');
  let decimalAt = Math.max(lastDot, lastComma);
  if (lastDot === -1 || lastComma === -1) {
    const mark = lastDot !== -1 ? '.' : ',';
    const once = plain.indexOf(mark) === decimalAt;
    // One mark with three digits after it groups thousands; any other lone mark is the decimal point.
    if (!once || plain.length - decimalAt - 1 === 3) decimalAt = -1;
  }
  const whole = decimalAt === -1 ? plain : plain.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? '' : plain.slice(decimalAt + 1);
  if (!/^\d*$/.test(fraction)) return null;
  // Thousands groups are of three digits, all marked alike: "1.250.000", never "1,2,3" or "1.250,000".
  if (/[.,]/.test(whole) && !/^\d{1,3}(?:\.\d{3})+$|^\d{1,3}(?:,\d{3})+$/.test(whole)) return null;
  return Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** The amount in `text` and its currency if it names one; null when the text is not an amount. */
export function readAmount(text: string): Amount | null {
  const trimmed = text.replace(PER_DAY, '').trim();
  const match = /^([^\d\s]*)\s*([\d][\d\s\u00a0\u202f.,']*?)\s*([^\d\s]*)$/.exec(trimmed);
  if (!match) return null;
  const [, before = '', digits = '', after = ''] = match;
  if (before !== '' && after !== '') return null;
  const currency = currencyOf(before || after);
  const amount = numberOf(digits);
  if (currency === undefined || amount === null || !Number.isFinite(amount)) return null;
  return { amount, currency };
}
