import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, TOKEN_HEADER } from '../../shared/http-protocol';
import { bidInput } from '../core/test-support/bid-input';
import { startWebHost } from './server';
import { hostPerTest, send, signedInPerTest } from './http-test-client';

const under = hostPerTest();
const { call, cookie } = signedInPerTest(under);

function bidCount(): number {
  return under.setup.database.sqlite.prepare('SELECT count(*) FROM opportunities').pluck().get() as number;
}

describe('calls with the session cookie', () => {
  it('getBoard returns the lanes, uncached', async () => {
    const response = await call('getBoard', JSON.stringify({ filters: {} }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    const envelope = response.json() as { ok: true; value: { columns: unknown[]; hasAnyBids: boolean } };
    expect(envelope.ok).toBe(true);
    expect(envelope.value.columns.length).toBeGreaterThan(0);
    expect(envelope.value.hasAnyBids).toBe(false);
  });

  it('createBid persists the bid, and getBid reads it back', async () => {
    const created = await call('createBid', JSON.stringify(bidInput({ title: 'Interim CFO over HTTP' })));
    expect(created.status).toBe(200);
    const { value } = created.json() as { value: { id: number } };
    const read = await call('getBid', JSON.stringify({ id: value.id }));
    expect(read.json()).toMatchObject({ ok: true, value: { id: value.id, title: 'Interim CFO over HTTP' } });
    expect(bidCount()).toBe(1);
  });

  it('takes the token header instead of the cookie (for scripts)', async () => {
    const response = await call('listTags', '{}', { headers: { 'content-type': 'application/json', [TOKEN_HEADER]: under.host.token } });
    expect(response.json()).toEqual({ ok: true, value: [] });
  });

  it('accepts a call that takes no input with an empty body', async () => {
    expect((await call('listTags', '')).json()).toEqual({ ok: true, value: [] });
  });
});

describe('refusals, each as an envelope with a matching status', () => {
  it('invalid input: 400 with the message at the field, nothing written', async () => {
    const response = await call('createBid', JSON.stringify(bidInput({ title: '   ' })));
    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { title: 'Title is required' } } });
    expect(bidCount()).toBe(0);
  });

  it('a missing record: 404', async () => {
    const response = await call('getBid', JSON.stringify({ id: 999 }));
    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a conflict: 409', async () => {
    await call('createBid', JSON.stringify(bidInput()));
    const response = await call('loadSampleData', '{}');
    expect(response.status).toBe(409);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('malformed JSON: 400 saying so', async () => {
    const response = await call('getBoard', '{"filters": {');
    expect(response.status).toBe(400);
    const { error } = response.json() as { error: { code: string; message: string } };
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^The request body is not valid JSON: .+/);
  });

  it('a body over the limit with Content-Length: 413 without reading it', async () => {
    const body = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const response = await call('createBid', body);
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('1 MiB') } });
  });

  it('a chunked body that grows past the limit: 413 once it does', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const chunks = Array.from({ length: (2 * MAX_BODY_BYTES) / chunk.length }, () => chunk);
    const response = await call('createBid', '', { body: undefined, chunks });
    expect(response.status).toBe(413);
    expect(bidCount()).toBe(0);
  });

  it('a body of exactly the limit is read (and judged on its content)', async () => {
    const body = `{}${' '.repeat(MAX_BODY_BYTES - 2)}`;
    const response = await call('listTags', body);
    expect(response.status).toBe(200);
  });

  it('a verb other than POST: 405', async () => {
    const response = await send(under.host.port, { method: 'GET', path: '/api/getBoard', headers: { cookie: cookie() } });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('POST');
    expect(response.json()).toMatchObject({ ok: false });
  });

  it('an unknown method: 404', async () => {
    for (const name of ['dropDatabase', 'constructor', '__proto__', 'getBoard/extra']) {
      const response = await call(name, '{}');
      expect(response.status, name).toBe(404);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('a body that is not declared as JSON: 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await call('listTags', '{}', { headers: { 'content-type': type, cookie: cookie() } });
      expect(response.status, type).toBe(415);
    }
    const withCharset = await call('listTags', '{}', { headers: { 'content-type': 'application/json; charset=utf-8', cookie: cookie() } });
    expect(withCharset.status).toBe(200);
  });

  it('an unexpected failure: 500, logged, and the host keeps serving', async () => {
    const errors: unknown[] = [];
    const failing = { ...under.setup.api, listTags: () => { throw new Error('disk on fire'); } };
    const other = await startWebHost({ api: failing, rendererRoot: under.renderer.root, log: (error) => errors.push(error) });
    try {
      const request = { method: 'POST', path: '/api/listTags', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: other.token }, body: '{}' };
      const response = await send(other.port, request);
      expect(response.status).toBe(500);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(errors).toHaveLength(1);
      expect((await send(other.port, { ...request, path: '/api/getBid', body: '{"id":1}' })).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});
