import { z } from 'zod';
import { interactionSchema, interactionsQuerySchema, logInteractionSchema } from '../schemas';
import { method } from './method';

export const relationshipsContract = {
  logInteraction: method(logInteractionSchema, interactionSchema, "Records a call, email, meeting… with one or more contacts (any typed in are added), on a day up to today."),
  listInteractions: method(interactionsQuerySchema, z.array(interactionSchema), "A contact's or a bid's interactions, latest first."),
};
