/** Contacts and organisations as their pages list, show, save and merge them. */
import { z } from 'zod';
import { CONTACT_KINDS, SETTINGS_LIMITS } from '../domain';
import { epochMs, LIMITS, namedRefSchema, oneOf, organisationKindSchema, organisationRefSchema, recordId as id, requiredText, stageSchema, text } from './fields';

export const CONTACT_LIMITS = { emailChars: 254, phoneChars: 40, urlChars: 2_000 } as const;
export const CONTACT_SORTS = ['name', 'organisation', 'lastContact', 'nextDue'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

export const contactKindSchema = oneOf(CONTACT_KINDS, 'Kind');


export const contactsQuerySchema = z.strictObject({
  query: text('Search', LIMITS.searchChars).default(''),
  contactKind: contactKindSchema.nullable().default(null),
  keyPartnersOnly: z.boolean().default(false),
  overdueOnly: z.boolean().default(false),
  sort: oneOf(CONTACT_SORTS, 'Sort').default('nextDue'),
  offset: z.int().min(0).default(0),
  limit: z.int().min(1).max(LIMITS.pageSizeMax).default(100),
});
export type ContactsQuery = z.input<typeof contactsQuerySchema>;

export const contactRowSchema = z.object({
  id: z.number(),
  name: z.string(),
  title: z.string(),
  contactKind: contactKindSchema.nullable(),
  keyPartner: z.boolean(),
  organisation: namedRefSchema.nullable(),
  lastContactAt: epochMs.nullable(),
  /** When their soonest open reminder shows, if they have one. */
  nextDueAt: epochMs.nullable(),
});
export type ContactRow = z.output<typeof contactRowSchema>;

export const contactsPageSchema = z.object({ total: z.number(), rows: z.array(contactRowSchema) });
export type ContactsPage = z.output<typeof contactsPageSchema>;

const emailSchema = text('Email', CONTACT_LIMITS.emailChars).refine((value) => value === '' || /^[^\s@]+@[^\s@]+$/.test(value), 'Email must look like name@example.com');
const urlSchema = text('Profile link', CONTACT_LIMITS.urlChars).refine(
  (value) => value === '' || /^https?:\/\/\S+$/i.test(value),
  'Profile link must be a web address starting with http:// or https://',
);

export const saveContactSchema = z.strictObject({
  /** Null to add a contact. */
  contactId: id.nullable(),
  name: requiredText('Name', LIMITS.nameChars),
  title: text('Title', LIMITS.titleChars),
  contactKind: contactKindSchema.nullable(),
  organisation: organisationRefSchema.nullable(),
  email: emailSchema,
  phone: text('Phone', CONTACT_LIMITS.phoneChars),
  profileUrl: urlSchema,
  keyPartner: z.boolean('Key partner must be yes or no'),
  cadenceDays: z
    .int(`Cadence must be a whole number of days from 1 to ${SETTINGS_LIMITS.cadenceDays}`)
    .min(1, `Cadence must be a whole number of days from 1 to ${SETTINGS_LIMITS.cadenceDays}`)
    .max(SETTINGS_LIMITS.cadenceDays, `Cadence must be a whole number of days from 1 to ${SETTINGS_LIMITS.cadenceDays}`)
    .nullable(),
  notes: text('Notes', LIMITS.notesChars),
});
export type SaveContactInput = z.input<typeof saveContactSchema>;

export const BID_ROLES = ['recruiter', 'hiring_manager', 'interviewer', 'feedback'] as const;
export const bidRoleSchema = oneOf(BID_ROLES, 'Role');

export const contactBidSchema = z.object({ id: z.number(), title: z.string(), stage: stageSchema, roles: z.array(bidRoleSchema) });

export const contactSchema = contactRowSchema.extend({
  email: z.string(),
  phone: z.string(),
  profileUrl: z.string(),
  cadenceDays: z.number().nullable(),
  /** The cadence that applies: their own, else the Settings' for their kind; null for none. */
  effectiveCadenceDays: z.number().nullable(),
  notes: z.string(),
  bids: z.array(contactBidSchema),
});
export type Contact = z.output<typeof contactSchema>;

export const contactIdSchema = z.strictObject({ contactId: id });

export const organisationsQuerySchema = z.strictObject({
  query: text('Search', LIMITS.searchChars).default(''),
  kind: organisationKindSchema.nullable().default(null),
});

export const organisationRowSchema = z.object({
  id: z.number(),
  name: z.string(),
  kind: organisationKindSchema,
  contactCount: z.number(),
  bidCount: z.number(),
});
export type OrganisationRow = z.output<typeof organisationRowSchema>;

export const organisationDetailSchema = organisationRowSchema.extend({
  website: z.string(),
  notes: z.string(),
  contacts: z.array(contactRowSchema),
  bids: z.array(z.object({ id: z.number(), title: z.string(), stage: stageSchema, as: z.enum(['client', 'agency']) })),
});
export type OrganisationDetail = z.output<typeof organisationDetailSchema>;

export const organisationIdSchema = z.strictObject({ organisationId: id });

export const saveOrganisationSchema = z.strictObject({
  organisationId: id.nullable(),
  name: requiredText('Name', LIMITS.nameChars),
  kind: organisationKindSchema,
  website: text('Website', CONTACT_LIMITS.urlChars).refine(
    (value) => value === '' || /^https?:\/\/\S+$/i.test(value),
    'Website must be a web address starting with http:// or https://',
  ),
  notes: text('Notes', LIMITS.notesChars),
});
export type SaveOrganisationInput = z.input<typeof saveOrganisationSchema>;

/** Two duplicates made one: everything linked to `mergeId` moves to `keepId`, and `mergeId` goes. */
export const mergeSchema = z
  .strictObject({ what: z.enum(['contacts', 'organisations']), keepId: id, mergeId: id, confirm: z.boolean().default(false) })
  .refine((merge) => merge.keepId !== merge.mergeId, { message: 'Merge needs two different records', path: ['mergeId'] });

/** What a merge moves (or moved), line by line in words, e.g. "3 bids as recruiter". */
export const mergeResultSchema = z.object({ merged: z.boolean(), moves: z.array(z.string()) });
