import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError, fieldErrorsFrom } from '../../shared/errors';
import { safeParseInput } from '../../shared/validation-messages';
import { failureMessage } from '../api/failure-message';

export type FormErrors<F extends string> = Partial<Record<F | 'form', string>>;

/** Field errors of one form, focusing the first field in error when they are shown (keyboard users land on it). */
export function useFormErrors<F extends string>(formClass: string) {
  const [errors, setErrors] = useState<FormErrors<F>>({});
  const show = useCallback(
    (next: FormErrors<F>) => {
      setErrors(next);
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.${formClass} [aria-invalid="true"]`)?.focus());
    },
    [formClass],
  );
  const clear = useCallback((field: F) => setErrors(({ [field]: _cleared, ...rest }) => rest as FormErrors<F>), []);
  return { errors, show, clear };
}

/** Input paths (`skill.name`) to the form's fields; a path the form has no field for goes above the form. */
function onFields<F extends string>(fields: Record<string, string>, fieldOf: (path: string) => F | undefined): FormErrors<F> {
  const errors: FormErrors<F> = {};
  for (const [path, message] of Object.entries(fields)) errors[fieldOf(path) ?? 'form'] ??= message;
  return errors;
}

/** The schema's refusals of `input`, on the form's fields: the same words the core would use. */
export function checkInput<F extends string>(schema: z.ZodType, input: unknown, fieldOf: (path: string) => F | undefined): FormErrors<F> {
  const parsed = safeParseInput(schema, input);
  return parsed.success ? {} : onFields(fieldErrorsFrom(parsed.error), fieldOf);
}

/** A failed save, on the form: the core's field errors beside their fields, the message above the form. */
export function saveErrors<F extends string>(error: unknown, whenMissing: string, fieldOf: (path: string) => F | undefined): FormErrors<F> {
  const fields = error instanceof ApiError && error.fields ? onFields(error.fields, fieldOf) : {};
  return { form: failureMessage(error, whenMissing), ...fields } as FormErrors<F>;
}
