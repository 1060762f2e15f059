import type { ApiMethod } from '../../../shared/api-methods';
import type { ApiHandlers, ApiInput, ApiOutput } from '../../../shared/contract';
import { ApiError } from '../../../shared/errors';
import { dispatch } from '../dispatch';

/**
 * Calls `method` as a host does, raw input parsed by the contract's schema first, and returns its result or
 * throws the `ApiError` the user would see: for tests that care about the whole path, defaults and refusals alike.
 */
export function call<M extends ApiMethod>(api: ApiHandlers, method: M, input: ApiInput<M>): ApiOutput<M> {
  const result = dispatch(api, method, input, () => {});
  if (!result.ok) throw ApiError.fromShape(result.error);
  return result.value as ApiOutput<M>;
}
