import { API_METHODS, type ApiMethod } from '../../shared/api-methods';
import { apiContract, type ApiHandlers } from '../../shared/contract';
import { ApiError, validationError, type Envelope } from '../../shared/errors';
import { safeParseInput } from '../../shared/validation-messages';

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
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
    log(error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Stint could not complete that: ${(error as Error).message ?? 'unknown error'}. Nothing was changed.` },
    };
  }
}
