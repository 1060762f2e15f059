import { describe, expect, it } from 'vitest';
import { cookieValues, sessionCookie } from './cookies';

describe('cookieValues', () => {
  it('finds the named cookie among others, trimmed', () => {
    expect(cookieValues('theme=dark; stint_session=abc-123 ;other=1', 'stint_session')).toEqual(['abc-123']);
  });

  it('returns every value when the name is sent twice', () => {
    expect(cookieValues('stint_session=old; stint_session=new', 'stint_session')).toEqual(['old', 'new']);
  });

  it('ignores lookalike names, flags without a value, and missing headers', () => {
    expect(cookieValues('xstint_session=a; stint_session_old=b; stint_session', 'stint_session')).toEqual([]);
    expect(cookieValues(undefined, 'stint_session')).toEqual([]);
    expect(cookieValues('', 'stint_session')).toEqual([]);
  });

  it('unquotes a quoted value and keeps an = inside it', () => {
    expect(cookieValues('stint_session="a=b"', 'stint_session')).toEqual(['a=b']);
  });
});

describe('sessionCookie', () => {
  it('is HttpOnly, SameSite=Strict and for the whole site', () => {
    expect(sessionCookie('stint_session', 'v')).toBe('stint_session=v; HttpOnly; SameSite=Strict; Path=/');
  });
});
