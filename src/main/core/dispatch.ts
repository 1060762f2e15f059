import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import { apiContract, type ApiHandlers } from '../../shared/contract';
import { ApiError, validationError, type Envelope } from '../../shared/errors';
import { safeParseInput } from '../../shared/validation-messages';

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

/**
 * A write the disk refused, in words that say what to do. SQLite rolls the transaction back, so nothing stored
 * before is touched; the user must know the change itself was not kept.
 */
function storageFailure(error: unknown): { code: 'CONFLICT'; message: string } | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL') {
    return { code: 'CONFLICT', message: 'Stint could not save that: the disk holding its database is full. Free some space and try again; everything saved before is safe.' };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return {
      code: 'CONFLICT',
      message: 'Stint could not save that: its database file, or the folder it is in, has become read-only. Make it writable for you again; everything saved before is safe.',
    };
  }
  return null;
}

/**
 * Runs one call from outside (IPC or HTTP): parses the input with the contract's schema, calls the handler,
 * and turns every outcome into an envelope. Errors the user cannot act on are logged and reported plainly.
 */
export function dispatch(api: ApiHandlers, method: ApiMethod, rawInput: unknown, log: (error: unknown) => void = console.error): Envelope<unknown> {
  const parsed = safeParseInput(apiContract[method].input, rawInput);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error).toShape() };
  try {
    const handler = api[method] as (input: unknown) => unknown;
    return { ok: true, value: handler(parsed.data) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toShape() };
    const storage = storageFailure(error);
    if (storage) return { ok: false, error: storage };
    log(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Stint could not complete that: ${(error as Error).message ?? 'unknown error'}. Nothing was changed.` },
    };
  }
}
