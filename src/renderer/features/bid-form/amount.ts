import { COMMON_CURRENCIES, RATE_UNIT_LABELS, type RateUnit } from '../../../shared/domain';

/** An amount as typed, read: the number, and the currency its symbol or code names when that is unambiguous. */
export type ReadAmount = { amount: number; currency: string | null } | { error: string };

const NOT_A_NUMBER = 'Rate must be a number, such as 750, £850 or 1,250.50';

/** The decimal mark of the user's locale: "." in English, "," in German and French. */
function decimalMarkOf(locale: string | undefined): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
}

/**
 * The currency each symbol stands for, in the user's locale, for the common currencies: "£" → GBP, "€" → EUR,
 * "US$" → USD. A symbol that several of them share ("$" for US, Australian and Canadian dollars) names none.
 */
function currencySymbols(locale: string | undefined): Map<string, string | null> {
  const symbols = new Map<string, string | null>();
  for (const currency of COMMON_CURRENCIES) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const symbol = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay })
        .formatToParts(1)
        .find((part) => part.type === 'currency')?.value;
      if (!symbol || symbol === currency) continue;
      symbols.set(symbol, symbols.has(symbol) && symbols.get(symbol) !== currency ? null : currency);
    }
  }
  return symbols;
}

/** What stands beside the digits: a currency code, or one of the symbols above. */
function currencyNamedBy(marker: string, locale: string | undefined): string | null | undefined {
  if (/^[A-Za-z]{3}$/.test(marker)) return marker.toUpperCase();
  return currencySymbols(locale).get(marker);
}

/**
 * Reads an amount the way people type it: "850", "£850", "1,250", "1 250,50 €", "EUR 1.250,50", "CHF 1'250".
 * Of "." and ",", the one that comes last with other than three digits after it is the decimal mark; a single
 * one followed by exactly three digits is read as the user's locale reads it (a thousands separator in English,
 * a decimal mark in German).
 */
export function readAmount(text: string, locale?: string): ReadAmount {
  const trimmed = text.trim();
  const match = /^([^\d.,\s-]*)\s*(-?[\d.,'’\s\u00a0\u202f]*\d[\d.,'’\s\u00a0\u202f]*)\s*([^\d.,\s]*)$/u.exec(trimmed);
  if (!match) return { error: NOT_A_NUMBER };
  const [, before = '', digits = '', after = ''] = match;
  if (before && after) return { error: NOT_A_NUMBER };
  const marker = before || after;
  const currency = marker ? currencyNamedBy(marker, locale) : null;
  if (currency === undefined) return { error: NOT_A_NUMBER };

  const compact = digits.replace(/[\s'’\u00a0\u202f]/g, '');
  const lastMark = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  let normalised = compact;
  if (lastMark !== -1) {
    const mark = compact[lastMark] as string;
    const digitsAfter = compact.length - lastMark - 1;
    const marksOfThisKind = compact.split(mark).length - 1;
    const otherMarks = compact.replace(/\d/g, '').replaceAll(mark, '');
    const isDecimal =
      otherMarks.length > 0 || (marksOfThisKind === 1 && (digitsAfter !== 3 || mark === decimalMarkOf(locale)));
    normalised = isDecimal ? `${compact.slice(0, lastMark).replace(/[.,]/g, '')}.${compact.slice(lastMark + 1)}` : compact.replace(/[.,]/g, '');
  }
  const amount = Number(normalised);
  return Number.isFinite(amount) && normalised !== '' ? { amount, currency: currency ?? null } : { error: NOT_A_NUMBER };
}

/** Typical bounds of a contractor's rate, in major units of a currency with minor units (pounds, euros, dollars). */
const PLAUSIBLE_RATES: Record<RateUnit, { low: number; high: number }> = {
  hour: { low: 5, high: 1_000 },
  day: { low: 50, high: 10_000 },
  year: { low: 5_000, high: 2_000_000 },
};

/**
 * Why a rate looks like a slip of the keyboard (a day rate of £100,000, a day rate of £1.25), or null when it
 * looks like a rate. Currencies without minor units (yen, won) have amounts about a hundred times larger.
 */
export function implausibleRate(amount: number, currency: string, unit: RateUnit, locale?: string): string | null {
  let minorDigits: number | undefined;
  try {
    minorDigits = new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
  } catch {
    return null; // not a currency Intl knows: nothing to compare with
  }
  const scale = minorDigits === 0 ? 100 : 1;
  const { low, high } = PLAUSIBLE_RATES[unit];
  const shown = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 2 }).format(amount);
  if (amount > high * scale) return `${shown} ${RATE_UNIT_LABELS[unit]} is far above usual rates.`;
  if (amount > 0 && amount < low * scale) return `${shown} ${RATE_UNIT_LABELS[unit]} is far below usual rates.`;
  return null;
}
