import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors';
import { createHttpClient, LONG_CALL_TIMEOUT_MS, NOT_ANSWERING_MESSAGE, REQUEST_TIMEOUT_MS, SIGNED_OUT_MESSAGE, timeoutFor, UNREACHABLE_MESSAGE, wentUnanswered } from './client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** What `listTags` throws when the host's answer (or the lack of one) is `answer`. */
async function failureFrom(answer: () => Promise<Response>): Promise<ApiError> {
  const client = createHttpClient(answer as typeof fetch);
  const error: unknown = await client.listTags(undefined).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the browser host client', () => {
  it('returns the value of a successful answer', async () => {
    const client = createHttpClient((() => Promise.resolve(json(200, { ok: true, value: ['pe-backed'] }))) as typeof fetch);
    await expect(client.listTags(undefined)).resolves.toEqual(['pe-backed']);
  });

  it('says Stint cannot be reached when no answer comes at all', async () => {
    const error = await failureFrom(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(error).toMatchObject({ code: 'UNREACHABLE', message: UNREACHABLE_MESSAGE });
  });

  it('gives up on a host that takes the request but never answers, and says Stint is not answering', async () => {
    const neverAnswers = ((_url: string, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason)))) as typeof fetch;
    const client = createHttpClient(neverAnswers, 50);
    const error = await client.listTags(undefined).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'UNREACHABLE', message: NOT_ANSWERING_MESSAGE });
    // Unlike a refused connection, an unanswered call may still have been carried out.
    expect(wentUnanswered(error)).toBe(true);
    expect(wentUnanswered(await failureFrom(() => Promise.reject(new TypeError('Failed to fetch'))))).toBe(false);
  });

  it('waits minutes, not seconds, for the calls that carry a whole file or database', () => {
    expect(timeoutFor('listTags')).toBe(REQUEST_TIMEOUT_MS);
    for (const method of ['exportJson', 'exportCsv', 'previewImport', 'commitImport', 'backupNow', 'restoreBackup', 'checkIntegrity'] as const) {
      expect(timeoutFor(method)).toBe(LONG_CALL_TIMEOUT_MS);
    }
  });

  it('says the window is signed out, and to reopen Stint from the new address, on a 401', async () => {
    const error = await failureFrom(() =>
      Promise.resolve(json(401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'Open the address printed by `npm run web`.' } })),
    );
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: SIGNED_OUT_MESSAGE });
    expect(error.message).toContain('Open Stint again from the new address that `npm run web` printed');
  });

  it('reports a server error that is not an API answer as an internal error with its status', async () => {
    const error = await failureFrom(() => Promise.resolve(new Response('Stint hit an unexpected error', { status: 500 })));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('HTTP 500');
  });

  it("passes on the host's own refusals, code, message and fields, as they are", async () => {
    const refusal = { code: 'NOT_FOUND', message: 'That move was already undone or its bid was deleted.' };
    expect(await failureFrom(() => Promise.resolve(json(404, { ok: false, error: refusal })))).toMatchObject(refusal);
    const invalid = { code: 'VALIDATION', message: 'Rate cannot be negative', fields: { 'rate.amount': 'Rate cannot be negative' } };
    expect(await failureFrom(() => Promise.resolve(json(400, { ok: false, error: invalid })))).toMatchObject(invalid);
    const internal = { code: 'INTERNAL', message: 'Stint could not complete that: disk full. Nothing was changed.' };
    expect(await failureFrom(() => Promise.resolve(json(500, { ok: false, error: internal })))).toMatchObject(internal);
  });
});
