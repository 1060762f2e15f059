import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt';

describe('an excerpt of feedback', () => {
  it('keeps a short text whole, on one line', () => {
    expect(excerpt('  Strong on delivery.\n\nLess so on IFRS 17.  ', 100)).toBe('Strong on delivery. Less so on IFRS 17.');
  });

  it('cuts a long text at the last word that fits, without a dangling comma, and marks the cut', () => {
    expect(excerpt('They liked you, but wanted someone with listed-company experience', 22)).toBe('They liked you, but…');
  });

  it('cuts one very long word where it must', () => {
    expect(excerpt('a'.repeat(30), 10)).toBe(`${'a'.repeat(10)}…`);
  });
});
