import { ApiError } from '../../../shared/errors';

export function notFound(what: string, id: number): ApiError {
  return new ApiError('NOT_FOUND', `${what} ${id} no longer exists. It may have been deleted; reload to see the current data.`);
}
