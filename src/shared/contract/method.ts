import type { z } from 'zod';

/** One call of the API: what it takes, what it gives back, and a line saying what it does. */
export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  doc: string;
}

export function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) {
  return { input, output, doc };
}
