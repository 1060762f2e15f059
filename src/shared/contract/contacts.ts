import { noInputSchema } from '../schemas';
import {
  contactIdSchema,
  contactSchema,
  contactsPageSchema,
  contactsQuerySchema,
  mergeResultSchema,
  mergeSchema,
  organisationDetailSchema,
  organisationIdSchema,
  organisationRowSchema,
  organisationsQuerySchema,
  saveContactSchema,
  saveOrganisationSchema,
} from '../schemas';
import { z } from 'zod';
import { method } from './method';

export const contactsContract = {
  listContacts: method(contactsQuerySchema, contactsPageSchema, 'A page of contacts, searched, filtered and sorted (by next due: soonest first, none last).'),
  getContact: method(contactIdSchema, contactSchema, 'A contact with their bids (as recruiter, hiring manager, interviewer, feedback giver).'),
  saveContact: method(saveContactSchema, contactSchema, 'Adds or edits a contact; an organisation typed in is added.'),
  deleteContact: method(contactIdSchema, z.object({ id: z.number() }), 'Deletes a contact, their reminders with them; bids and interactions stay.'),
  listOrganisations: method(organisationsQuerySchema, z.array(organisationRowSchema), 'Agencies and clients, by name, with how many contacts and bids each has.'),
  getOrganisation: method(organisationIdSchema, organisationDetailSchema, 'An organisation with its contacts and bids.'),
  saveOrganisation: method(saveOrganisationSchema, organisationDetailSchema, 'Adds or edits an organisation.'),
  merge: method(mergeSchema, mergeResultSchema, 'Merges two duplicate contacts or organisations; without `confirm`, only says what would move.'),
  countContacts: method(noInputSchema, z.object({ contacts: z.number(), organisations: z.number() }), 'How many contacts and organisations there are.'),
};
