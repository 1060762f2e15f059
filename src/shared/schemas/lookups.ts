/** Finding organisations and contacts by name, for the pickers. */
import { z } from 'zod';
import { LIMITS, organisationKindSchema, text } from './fields';

export const lookupSchema = z.strictObject({
  query: text('Search', LIMITS.searchChars),
  kind: organisationKindSchema.optional(),
  limit: z.int().min(1).max(50).default(10),
});

export const organisationSchema = z.object({ id: z.number(), name: z.string(), kind: organisationKindSchema });
export type Organisation = z.output<typeof organisationSchema>;

