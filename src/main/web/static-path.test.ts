import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, isPageAddress, staticPathSegments } from './static-path';

describe('staticPathSegments', () => {
  it('maps / to index.html and splits ordinary paths', () => {
    expect(staticPathSegments('/')).toEqual(['index.html']);
    expect(staticPathSegments('/assets/app-1a2b.js')).toEqual(['assets', 'app-1a2b.js']);
    expect(staticPathSegments('/assets/a%20b.css')).toEqual(['assets', 'a b.css']);
  });

  it.each([
    '/..',
    '/../package.json',
    '/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/assets\\..\\package.json',
    '/index.html%00',
    '/C:/Windows',
    '//etc/passwd',
    '/./index.html',
    '/assets/',
    '/%E0%A4%A',
    'index.html',
  ])('refuses %s', (path) => {
    expect(staticPathSegments(path)).toBeNull();
  });
});

describe('isInside', () => {
  const root = resolve('/srv/renderer');
  it('holds for files below the root only', () => {
    expect(isInside(root, join(root, 'index.html'))).toBe(true);
    expect(isInside(root, join(root, 'assets', 'a.js'))).toBe(true);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, resolve('/srv/package.json'))).toBe(false);
    expect(isInside(root, resolve('/srv/renderer-evil/x.js'))).toBe(false);
  });

  it('allows a file whose name merely starts with two dots', () => {
    expect(isInside(root, join(root, '..hidden.js'))).toBe(true);
  });
});

describe('isPageAddress', () => {
  it('is true for extensionless top-level paths only', () => {
    expect(isPageAddress(['board'])).toBe(true);
    expect(isPageAddress(['favicon.ico'])).toBe(false);
    expect(isPageAddress(['assets', 'app.js'])).toBe(false);
    expect(isPageAddress(['bids', '12'])).toBe(false);
  });
});
