/** Sample data for a first look at the app. */
import { z } from 'zod';

export const sampleDataResultSchema = z.object({ bids: z.number(), organisations: z.number(), events: z.number() });
