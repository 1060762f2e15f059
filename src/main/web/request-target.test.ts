import { describe, expect, it } from 'vitest';
import { addressWithout, splitTarget } from './request-target';

describe('splitTarget', () => {
  it('keeps the raw path and parses the query', () => {
    const target = splitTarget('/a%2fb?token=x&view=1');
    expect(target?.path).toBe('/a%2fb');
    expect(target?.query.get('token')).toBe('x');
  });

  it('refuses anything but a path (absolute-form, asterisk, missing)', () => {
    expect(splitTarget('http://evil.example/')).toBeNull();
    expect(splitTarget('*')).toBeNull();
    expect(splitTarget(undefined)).toBeNull();
  });
});

describe('addressWithout', () => {
  const redirect = (target: string) => addressWithout(splitTarget(target)!, 'token');

  it('drops only the token', () => {
    expect(redirect('/?token=x')).toBe('/');
    expect(redirect('/board?token=x&view=archived')).toBe('/board?view=archived');
  });

  it('never leaves the site or the build folder', () => {
    expect(redirect('//evil.example/?token=x')).toBe('/');
    expect(redirect('/\\evil.example?token=x')).toBe('/');
    expect(redirect('/../secret?token=x')).toBe('/');
  });
});
