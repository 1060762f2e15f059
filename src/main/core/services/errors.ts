import { ApiError } from '../../../shared/errors';

/**
 * A record the caller named by id is gone (deleted in another window, or by the other host). The message names
 * what kind of record, never its id: ids mean nothing to the person reading it.
 */
export function notFound(
  what: 'bid' | 'organisation' | 'contact' | 'interview' | 'reason' | 'skill' | 'development action' | 'skills MOT' | 'rejection',
): ApiError {
  return new ApiError('NOT_FOUND', `That ${what} no longer exists. It may have been deleted in another window; reload to see the current data.`);
}
