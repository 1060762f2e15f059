import { z } from 'zod';
import { lookupSchema, namedRefSchema, noInputSchema, organisationSchema } from '../schemas';
import { method } from './method';

export const lookupsContract = {
  searchOrganisations: method(lookupSchema, z.array(organisationSchema), 'Organisations whose name contains the query.'),
  searchContacts: method(lookupSchema, z.array(namedRefSchema), 'Contacts whose name contains the query.'),
  listTags: method(noInputSchema, z.array(z.string()), 'Every tag in use, alphabetically.'),
};
