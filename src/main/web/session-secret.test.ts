import { describe, expect, it } from 'vitest';
import { newSecret, sameSecret } from './session-secret';

describe('session secrets', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const a = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newSecret()).not.toBe(a);
  });

  it('match only exactly, whatever the length presented', () => {
    const secret = newSecret();
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret(`${secret}x`, secret)).toBe(false);
    expect(sameSecret(secret.slice(1), secret)).toBe(false);
    expect(sameSecret('', secret)).toBe(false);
    expect(sameSecret(undefined, secret)).toBe(false);
  });
});
