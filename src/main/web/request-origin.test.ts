import { describe, expect, it } from 'vitest';
import { originAllowed, ownHost } from './request-origin';

describe('ownHost', () => {
  it('accepts the loopback address and localhost with the host’s port, in any letter case', () => {
    expect(ownHost('127.0.0.1:4100', 4100)).toBe('127.0.0.1:4100');
    expect(ownHost('LocalHost:4100', 4100)).toBe('localhost:4100');
  });

  it('refuses other names, other ports, a missing port and a missing header', () => {
    for (const host of ['evil.example:4100', '127.0.0.1:4101', '127.0.0.1', 'localhost', '127.0.0.2:4100', '[::1]:4100', '127.0.0.1:4100.evil.example', '']) {
      expect(ownHost(host, 4100), host).toBeNull();
    }
    expect(ownHost(undefined, 4100)).toBeNull();
  });

  it('accepts a host without port only on port 80, where browsers leave it out', () => {
    expect(ownHost('localhost', 80)).toBe('localhost');
  });
});

describe('originAllowed', () => {
  it('allows requests without an Origin and those from the page’s own origin', () => {
    expect(originAllowed(undefined, '127.0.0.1:4100')).toBe(true);
    expect(originAllowed('http://127.0.0.1:4100', '127.0.0.1:4100')).toBe(true);
    expect(originAllowed('http://localhost:4100', 'localhost:4100')).toBe(true);
  });

  it('refuses any other origin, including the other loopback spelling, https, and null', () => {
    for (const origin of ['http://evil.example', 'http://localhost:4100', 'https://127.0.0.1:4100', 'http://127.0.0.1:4101', 'null', '']) {
      expect(originAllowed(origin, '127.0.0.1:4100'), origin).toBe(false);
    }
  });
});
