import { describe, expect, it } from 'vitest';
import { implausibleRate, readAmount } from './amount';

describe('readAmount', () => {
  it.each([
    ['850', 'en-GB', 850, null],
    ['£850', 'en-GB', 850, 'GBP'],
    ['£ 850', 'en-GB', 850, 'GBP'],
    ['1,250', 'en-GB', 1250, null],
    ['1,250.50', 'en-GB', 1250.5, null],
    ['£1,250.50', 'en-GB', 1250.5, 'GBP'],
    ['1,000,000', 'en-GB', 1_000_000, null],
    ['850.5', 'en-GB', 850.5, null],
    ['12,5', 'en-GB', 12.5, null],
    ['€ 650', 'en-GB', 650, 'EUR'],
    ['650 EUR', 'en-GB', 650, 'EUR'],
    ['usd 900', 'en-GB', 900, 'USD'],
    ['1.250,50 €', 'de-DE', 1250.5, 'EUR'],
    ['1.250', 'de-DE', 1250, null],
    ['1 250,50', 'fr-FR', 1250.5, null],
    ['1\u202f250,50\u00a0€', 'fr-FR', 1250.5, 'EUR'],
    ["CHF 1'250", 'de-CH', 1250, 'CHF'],
    ['$900', 'en-GB', 900, null],
  ])('reads %j in %s as %d (%s)', (text, locale, amount, currency) => {
    expect(readAmount(text, locale)).toEqual({ amount, currency });
  });

  it.each(['', 'abc', '£', '12 pounds', '£850£', '1,2,3x', '--5'])('refuses %j with a message that says what to type', (text) => {
    expect(readAmount(text, 'en-GB')).toEqual({ error: 'Rate must be a number, such as 750, £850 or 1,250.50' });
  });

  it('keeps a minus sign, for the schema to refuse with its own message', () => {
    expect(readAmount('-1', 'en-GB')).toEqual({ amount: -1, currency: null });
  });
});

describe('implausibleRate', () => {
  it('flags rates far outside what a contractor charges per unit', () => {
    expect(implausibleRate(100_000, 'GBP', 'day', 'en-GB')).toBe('£100,000.00 per day is far above usual rates.');
    expect(implausibleRate(1.25, 'GBP', 'day', 'en-GB')).toBe('£1.25 per day is far below usual rates.');
    expect(implausibleRate(2_500, 'EUR', 'hour', 'en-GB')).toBe('€2,500.00 per hour is far above usual rates.');
  });

  it('accepts usual rates, including large yearly ones and currencies without minor units', () => {
    expect(implausibleRate(850, 'GBP', 'day', 'en-GB')).toBeNull();
    expect(implausibleRate(95, 'EUR', 'hour', 'en-GB')).toBeNull();
    expect(implausibleRate(180_000, 'USD', 'year', 'en-GB')).toBeNull();
    expect(implausibleRate(120_000, 'JPY', 'day', 'en-GB')).toBeNull();
    expect(implausibleRate(0, 'GBP', 'day', 'en-GB')).toBeNull();
  });
});
