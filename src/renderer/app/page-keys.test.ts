import { describe, expect, it } from 'vitest';
import { GO_KEY_WINDOW_MS, pageForKey } from './page-keys';

describe('going to a page by keyboard', () => {
  it('goes to the page whose key follows G', () => {
    expect(pageForKey('i', 1000, 1200)).toBe('insights');
    expect(pageForKey('B', 1000, 1200)).toBe('board');
    expect(pageForKey('s', 1000, 1200)).toBe('skills');
    expect(pageForKey('t', 1000, 1200)).toBe('today');
    expect(pageForKey('c', 1000, 1200)).toBe('contacts');
    expect(pageForKey(',', 1000, 1200)).toBe('settings');
  });

  it('does nothing for a key without G before it, too long after it, or not naming a page', () => {
    expect(pageForKey('i', null, 1200)).toBeNull();
    expect(pageForKey('i', 1000, 1000 + GO_KEY_WINDOW_MS + 1)).toBeNull();
    expect(pageForKey('x', 1000, 1200)).toBeNull();
  });
});
