import { ApiError } from '../../../shared/errors';

/** The ApiError `call` refuses with; fails the test if it returns, or throws anything else. */
export function refusal(call: () => unknown): ApiError {
  try {
    call();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
