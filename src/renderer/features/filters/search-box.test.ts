import { describe, expect, it } from 'vitest';
import { boxTextAfter, searchOf } from './search-box';

describe('the search box', () => {
  it('asks for its text without surrounding spaces, and for nothing when blank', () => {
    expect(searchOf('  interim cfo ')).toBe('interim cfo');
    expect(searchOf('   ')).toBeUndefined();
  });

  it('keeps the keys typed while its own search was being applied', () => {
    expect(boxTextAfter('interim cf', { text: 'interim cfo', lastSent: 'interim cf' })).toBe('interim cfo');
  });

  it('keeps a space typed after the search it sent', () => {
    expect(boxTextAfter('interim', { text: 'interim ', lastSent: 'interim' })).toBe('interim ');
  });

  it('shows a search changed from outside', () => {
    expect(boxTextAfter(undefined, { text: 'interim cfo', lastSent: 'interim cfo' })).toBe('');
    expect(boxTextAfter('director', { text: 'interim', lastSent: 'interim' })).toBe('director');
  });
});
