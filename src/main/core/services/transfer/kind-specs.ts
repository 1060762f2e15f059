/** Each kind of record's mapping to its table (see kinds.ts), in the order of RECORD_KINDS. */
import { briefCompleteness } from '../../../../shared/domain';
import { matchKey } from '../../../../shared/match-key';
import {
  contacts,
  contractEndChanges,
  contracts,
  developmentActions,
  interactionContacts,
  interactions,
  interviewers,
  interviews,
  opportunities,
  opportunityTags,
  organisations,
  outcomeReasons,
  outcomeSkillLinks,
  rejectionOutcomes,
  rejectionReasons,
  reminders,
  skillReviewEntries,
  skillReviews,
  skills,
  stageEvents,
} from '../../db/schema';
import type { KindSpec, TransferRecord, UidKind } from './kinds';
import { triggerKeyField } from './trigger-keys';

const LOCAL_HANDLE = 'the local id, made again by the database that imports it';
const NAME_KEY = 'matchKey(name), from the name';

/** What most kinds share: no links, nothing left out but the id, changed in place, found by uid alone. */
const plain = { links: [], fixed: [], leftOut: { id: LOCAL_HANDLE }, generated: [], appendOnly: false, naturalKeys: [], children: [] } as const;
const nameKey = (record: TransferRecord) => ({ nameKey: matchKey(String(record.name)) });

export const KIND_SPECS: readonly KindSpec[] = [
  {
    ...plain,
    kind: 'organisations',
    named: 'name',
    table: organisations,
    leftOut: { id: LOCAL_HANDLE, nameKey: NAME_KEY },
    derive: nameKey,
    naturalKeys: [{ columns: ['nameKey'], unique: true, inWords: 'name' }],
  },
  {
    ...plain,
    kind: 'contacts',
    named: 'name',
    table: contacts,
    links: [{ column: 'organisationId', field: 'organisationUid', to: 'organisations' }],
    leftOut: { id: LOCAL_HANDLE, nameKey: NAME_KEY, lastContactAt: 'kept by the database from the interactions (migration 0014)' },
    derive: nameKey,
    // Two contacts may share a name (from before names were checked): the first free one of that name is matched.
    naturalKeys: [{ columns: ['nameKey'], unique: false, inWords: 'name' }],
  },
  {
    ...plain,
    kind: 'bids',
    named: 'title',
    table: opportunities,
    links: [
      { column: 'clientId', field: 'clientUid', to: 'organisations' },
      { column: 'agencyId', field: 'agencyUid', to: 'organisations' },
      { column: 'recruiterId', field: 'recruiterUid', to: 'contacts' },
      { column: 'hiringManagerId', field: 'hiringManagerUid', to: 'contacts' },
    ],
    leftOut: { id: LOCAL_HANDLE, briefCompleteness: 'briefCompleteness(briefChecklist), from the checklist' },
    derive: (record) => ({ briefCompleteness: briefCompleteness(record.briefChecklist as { done: boolean }[]) }),
    children: [{ shape: 'tags', field: 'tags', table: opportunityTags, parentColumn: 'opportunityId' }],
  },
  {
    ...plain,
    kind: 'stageEvents',
    table: stageEvents,
    links: [{ column: 'opportunityId', field: 'bidUid', to: 'bids' }],
    fixed: ['opportunityId'],
    generated: ['updatedAt'],
    appendOnly: true,
  },
  {
    ...plain,
    kind: 'interviews',
    table: interviews,
    links: [
      { column: 'opportunityId', field: 'bidUid', to: 'bids' },
      { column: 'feedbackFromId', field: 'feedbackFromUid', to: 'contacts' },
    ],
    fixed: ['opportunityId'],
    children: [{ shape: 'uids', field: 'interviewerUids', table: interviewers, parentColumn: 'interviewId', itemColumn: 'contactId', to: 'contacts' }],
  },
  {
    ...plain,
    kind: 'rejectionReasons',
    named: 'label',
    table: rejectionReasons,
    fixed: ['code'],
    leftOut: { id: LOCAL_HANDLE, labelKey: 'matchKey(label), from the label' },
    derive: (record) => ({ labelKey: matchKey(String(record.label)) }),
    // A built-in reason has the same uid on every machine since migration 0023, but a file exported before it names
    // the reason by a uid of that machine's own: its code says which it is, and it keeps the uid it has here.
    keepsUidHere: (record) => record.code !== null,
    naturalKeys: [
      { columns: ['code'], unique: true, inWords: 'code' },
      { columns: ['labelKey'], unique: true, inWords: 'label' },
    ],
  },
  {
    ...plain,
    kind: 'skills',
    named: 'name',
    table: skills,
    leftOut: { id: LOCAL_HANDLE, nameKey: NAME_KEY },
    derive: nameKey,
    naturalKeys: [{ columns: ['nameKey'], unique: true, inWords: 'name' }],
  },
  {
    ...plain,
    kind: 'outcomes',
    table: rejectionOutcomes,
    links: [
      { column: 'opportunityId', field: 'bidUid', to: 'bids' },
      { column: 'closingEventId', field: 'closingEventUid', to: 'stageEvents' },
      { column: 'feedbackFromId', field: 'feedbackFromUid', to: 'contacts' },
    ],
    fixed: ['opportunityId', 'closingEventId'],
    // One outcome per closing move.
    naturalKeys: [{ columns: ['closingEventId'], unique: true, inWords: 'closing move' }],
    children: [
      { shape: 'uids', field: 'reasonUids', table: outcomeReasons, parentColumn: 'outcomeId', itemColumn: 'reasonId', to: 'rejectionReasons' },
      { shape: 'uids', field: 'skillUids', table: outcomeSkillLinks, parentColumn: 'outcomeId', itemColumn: 'skillId', to: 'skills' },
    ],
  },
  {
    ...plain,
    kind: 'developmentActions',
    table: developmentActions,
    links: [{ column: 'skillId', field: 'skillUid', to: 'skills' }],
    fixed: ['skillId'],
  },
  {
    ...plain,
    kind: 'skillReviews',
    table: skillReviews,
    generated: ['updatedAt'],
    children: [{ shape: 'entries', field: 'entries', table: skillReviewEntries, parentColumn: 'reviewId' }],
  },
  {
    ...plain,
    kind: 'contracts',
    table: contracts,
    links: [{ column: 'opportunityId', field: 'bidUid', to: 'bids' }],
    fixed: ['opportunityId'],
    // One contract per bid.
    naturalKeys: [{ columns: ['opportunityId'], unique: true, inWords: 'bid' }],
  },
  {
    ...plain,
    kind: 'contractEndChanges',
    table: contractEndChanges,
    links: [{ column: 'contractId', field: 'contractUid', to: 'contracts' }],
    fixed: ['contractId'],
    generated: ['updatedAt'],
    appendOnly: true,
  },
  {
    ...plain,
    kind: 'interactions',
    table: interactions,
    links: [{ column: 'opportunityId', field: 'bidUid', to: 'bids' }],
    children: [{ shape: 'uids', field: 'contactUids', table: interactionContacts, parentColumn: 'interactionId', itemColumn: 'contactId', to: 'contacts' }],
  },
  {
    ...plain,
    kind: 'reminders',
    table: reminders,
    links: [
      { column: 'contactId', field: 'contactUid', to: 'contacts' },
      { column: 'opportunityId', field: 'bidUid', to: 'bids' },
    ],
    fixed: ['rule', 'triggerKey'],
    // A rule makes one reminder per trigger, ever.
    naturalKeys: [{ columns: ['rule', 'triggerKey'], unique: true, inWords: 'rule and trigger' }],
    translated: triggerKeyField,
  },
];

export const SPEC_OF = new Map<UidKind, KindSpec>(KIND_SPECS.map((spec) => [spec.kind, spec]));

export function specOf(kind: UidKind): KindSpec {
  const spec = SPEC_OF.get(kind);
  if (!spec) throw new Error(`No transfer spec for ${kind}`);
  return spec;
}
