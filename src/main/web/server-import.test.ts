import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES } from '../../shared/http-protocol';
import { hostPerTest, signedInPerTest } from './http-test-client';

const under = hostPerTest();
const { call } = signedInPerTest(under);

describe('an import over HTTP', () => {
  it('may send a file far larger than other calls may (an export padded past their 1 MiB)', async () => {
    const exported = (await call('exportJson', '{}')).json() as { value: { text: string } };
    const text = exported.value.text + ' '.repeat(2 * MAX_BODY_BYTES);
    const response = await call('previewImport', JSON.stringify({ format: 'stint-json', file: text }));
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, value: { problemCount: 0, token: expect.any(String) } });
    // Any other call with that body is still refused.
    expect((await call('listTags', `{}${' '.repeat(2 * MAX_BODY_BYTES)}`)).status).toBe(413);
  });

  it('is refused with 413, saying the import’s limit, once its body passes 64 MiB', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const chunks = Array.from({ length: MAX_IMPORT_BODY_BYTES / chunk.length + 1 }, () => chunk);
    const response = await call('commitImport', undefined, { chunks });
    expect(response.status).toBe(413);
    expect(response.json()).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'The request is larger than the 64 MiB limit for an import.' } });
  });
});
