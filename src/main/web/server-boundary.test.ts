/**
 * Issue 16's boundary corpus over HTTP: a slice of it (see core/test-support/boundary-corpus.ts) sent to the browser
 * host as JSON bodies. Each is refused with a status and a message, 400 naming the field, or 413 for a body past
 * the limit (the 10 MB strings, the larger 100,000-item lists); none is stored, and the host answers the next call.
 */
import { describe, expect, it } from 'vitest';
import type { ApiMethod } from '../../shared/api-methods';
import type { ApiErrorShape } from '../../shared/errors';
import { MAX_BODY_BYTES } from '../../shared/http-protocol';
import { corpusFor, TEN_MB_TEXT, type BadCase } from '../core/test-support/boundary-corpus';
import { namesItsField } from '../core/test-support/refusal-wording';
import { hostPerTest, signedInPerTest } from './http-test-client';

const under = hostPerTest();
const { call } = signedInPerTest(under);

/** Rows written, updated or deleted through the host's connection since it opened. */
function changes(): number {
  return under.setup.database.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
}

/** A good call, answered: the host is still serving after what came before. */
async function expectAnswering(after: string): Promise<void> {
  const response = await call('countContacts', '{}');
  expect(response.status, `no answer after ${after}`).toBe(200);
  expect(response.json()).toEqual({ ok: true, value: { contacts: 0, organisations: 0 } });
}

/** The input as a JSON body, unless JSON would change it: NaN and Infinity become null, a missing input nothing. */
function asJson(input: unknown): string | undefined {
  let faithful = input !== undefined;
  const body = JSON.stringify(input, (_key, value: unknown) => {
    if (typeof value === 'number' && !Number.isFinite(value)) faithful = false;
    return value;
  });
  return faithful ? body : undefined;
}

/** One case of each kind of bad input `method` has (the first 10 MB string, the first NUL, …), as JSON bodies. */
function slice(method: ApiMethod): { bad: BadCase; body: string }[] {
  const kinds = new Set<string>();
  return corpusFor(method).flatMap((bad) => {
    const kind = bad.what.slice(bad.what.indexOf(': ') + 2);
    const body = kinds.has(kind) ? undefined : asJson(bad.input);
    if (body === undefined) return [];
    kinds.add(kind);
    return [{ bad, body }];
  });
}

/** A form with every kind of field, a list of whole numbers, an id, and a call that takes no input. */
const METHODS: ApiMethod[] = ['createBid', 'saveSettings', 'getBid', 'listTags'];

describe('the boundary corpus over HTTP', () => {
  it.each(METHODS)('%s: every kind of bad body is refused with a status and a message, nothing is stored, and the host answers after it', async (method) => {
    const cases = slice(method);
    expect(cases.length).toBeGreaterThan(5);
    for (const { bad, body } of cases) {
      const before = changes();
      const response = await call(method, body);
      const tooLarge = Buffer.byteLength(body) > MAX_BODY_BYTES;
      expect(response.status, bad.what).toBe(tooLarge ? 413 : 400);
      const { ok, error } = response.json() as { ok: boolean; error: ApiErrorShape };
      expect(ok, bad.what).toBe(false);
      expect(error.code, bad.what).toBe('VALIDATION');
      if (tooLarge) {
        expect(error.message, bad.what).toBe('The request is larger than the 1 MiB limit.');
      } else {
        const [key, message] = Object.entries(error.fields ?? {})[0] ?? ['', ''];
        expect(namesItsField(message, key), `${bad.what}: "${message}"`).toBe(true);
      }
      expect(changes(), bad.what).toBe(before);
      expect(({} as Record<string, unknown>).polluted, bad.what).toBeUndefined();
      if (tooLarge || bad.what.includes('100,000')) await expectAnswering(bad.what);
    }
    await expectAnswering(`${method}'s corpus`);
  });

  it('refuses a 10 MB body sent in chunks with 413 once it passes the limit, and answers after it', async () => {
    const body = Buffer.from(JSON.stringify({ label: TEN_MB_TEXT, control: 'mine' }));
    const chunks = Array.from({ length: Math.ceil(body.length / 65_536) }, (_, index) => body.subarray(index * 65_536, (index + 1) * 65_536));
    const response = await call('addRejectionReason', '', { body: undefined, chunks });
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'The request is larger than the 1 MiB limit.' } });
    await expectAnswering('a chunked 10 MB body');
  });
});
