import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiHandlers } from '../../shared/contract';
import { MAX_BODY_BYTES, maxBodyBytes } from '../../shared/http-protocol';
import { dispatch, isApiMethod } from '../core/dispatch';
import { readLimitedBody } from './request-body';
import { sendApiError, sendEnvelope, STATUS_FOR_CODE } from './responses';

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
function isJson(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; message: string } {
  // An empty body is an absent input: calls that take none may be sent without one.
  if (body.length === 0) return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/**
 * Answers `POST /api/<method>`: the JSON body is the method's input, the answer is the same envelope the
 * desktop app's preload returns, with an HTTP status that matches its error code.
 */
export async function handleApiRequest(req: IncomingMessage, res: ServerResponse, api: ApiHandlers, name: string, log: (error: unknown) => void): Promise<void> {
  if (req.method !== 'POST') {
    sendApiError(res, 405, { code: 'VALIDATION', message: 'API calls use POST.' }, { Allow: 'POST' });
    return;
  }
  if (!isApiMethod(name)) {
    sendApiError(res, 404, { code: 'NOT_FOUND', message: `There is no API method called "${name}".` });
    return;
  }
  // Also a CSRF defence: a cross-site form cannot send this content type without a preflight we never grant.
  if (!isJson(req.headers['content-type'])) {
    sendApiError(res, 415, { code: 'VALIDATION', message: 'Send the input as JSON, with Content-Type: application/json.' });
    return;
  }

  const limit = maxBodyBytes(name);
  const read = await readLimitedBody(req, limit);
  if (!read.ok) {
    if (read.reason === 'aborted') return;
    // The rest of the body is not read, so the connection cannot carry another request.
    const what = limit === MAX_BODY_BYTES ? '' : ' for an import';
    const message = `The request is larger than the ${limit / (1024 * 1024)} MiB limit${what}.`;
    sendApiError(res, 413, { code: 'VALIDATION', message }, { Connection: 'close' });
    return;
  }
  const input = parseJson(read.body);
  if (!input.ok) {
    sendApiError(res, 400, { code: 'VALIDATION', message: `The request body is not valid JSON: ${input.message}` });
    return;
  }

  const envelope = dispatch(api, name, input.value, log);
  sendEnvelope(res, envelope.ok ? 200 : STATUS_FOR_CODE[envelope.error.code], envelope);
}
