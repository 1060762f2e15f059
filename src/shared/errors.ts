import type { z } from 'zod';

/**
 * `UNREACHABLE` is the client's own: no answer came at all (the browser host is stopped). `UNAVAILABLE`: the host
 * answers, but its database cannot be used (damaged, from a newer Stint…); the recovery screen says why.
 */
export type ApiErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'INTERNAL' | 'UNREACHABLE' | 'UNAVAILABLE';

/** The serialisable form of an error, as it travels over IPC or HTTP. */
export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  /** Per-field messages keyed by the field's path (`rate.amount`), for forms to show beside the field. */
  fields?: Record<string, string>;
}

/** An error the user can act on: its message is shown as it is. */
export class ApiError extends Error implements ApiErrorShape {
  readonly code: ApiErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ApiErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toShape(): ApiErrorShape {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }

  static fromShape(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.fields);
  }
}

/** The first message for each field path; the whole input's problems go under `''`. */
export function fieldErrorsFrom(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= issue.message;
  }
  return fields;
}

export function validationError(error: z.ZodError): ApiError {
  const fields = fieldErrorsFrom(error);
  const count = Object.keys(fields).length;
  const first = Object.values(fields)[0] ?? 'The input is not valid';
  const message = count > 1 ? `${first} (and ${count - 1} more problem${count > 2 ? 's' : ''})` : first;
  return new ApiError('VALIDATION', message, fields);
}

/** What a transport (IPC or HTTP) carries back: a value, or an error to rethrow on the other side. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
