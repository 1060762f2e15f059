import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh unguessable secret: 32 random bytes, base64url so that it sits in a URL or a cookie unescaped. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares a presented secret with the real one in constant time. Both are hashed first so that the
 * comparison takes the same time whatever the presented length, which `timingSafeEqual` alone would reveal.
 */
export function sameSecret(presented: string | undefined, expected: string): boolean {
  if (presented === undefined) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
