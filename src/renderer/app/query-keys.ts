import type { Stage } from '../../shared/domain';
import type { BoardFilters, ContactsQuery, InsightFilters, InsightPoint } from '../../shared/schemas';

/** Every query key of the app in one place, so that what a change invalidates is easy to follow. */
export const queryKeys = {
  board: ['board'] as const,
  allBoardLanes: ['board', 'lanes'] as const,
  boardLanes: (filters: BoardFilters) => ['board', 'lanes', filters] as const,
  /** A lane's further pages belong to one version of the board: a new board starts them afresh. */
  boardLane: (stage: Stage, filters: BoardFilters, boardVersion: number) => ['board', 'lane', stage, filters, boardVersion] as const,
  bid: (id: number) => ['bid', id] as const,
  /** A bid's interviews; they also feed its card's and its panel's "How did the interview go?". */
  interviews: (bidId: number) => ['interviews', bidId] as const,
  /** Under the bid's key: whatever refreshes a bid (a move, an undo) refreshes its outcome too. */
  outcome: (bidId: number) => ['bid', bidId, 'outcome'] as const,
  rejectionReasons: ['rejectionReasons'] as const,
  reasonSuggestions: (text: string) => ['reasonSuggestions', text] as const,
  lookups: ['lookup'] as const,
  agencies: ['lookup', 'agencies'] as const,
  tags: ['lookup', 'tags'] as const,
  organisations: (query: string, kind: string) => ['lookup', 'organisations', kind, query] as const,
  contacts: (query: string) => ['lookup', 'contacts', query] as const,
  contract: (bidId: number) => ['contract', bidId] as const,
  /** Under the board: a bid moved out of Won or deleted changes it, and every such change invalidates the board. */
  workSummary: ['board', 'work-summary'] as const,
  skills: ['skills'] as const,
  skillsOverview: ['skills', 'overview'] as const,
  skillGaps: ['skills', 'gaps'] as const,
  /** Every Insights query: any change to bids, outcomes, interviews or contracts makes them stale. */
  insights: ['insights'] as const,
  insightCharts: (filters: InsightFilters) => ['insights', 'charts', filters] as const,
  insightBids: (point: InsightPoint, filters: InsightFilters) => ['insights', 'bids', point, filters] as const,
  /** Every reminder query: any change to bids, contacts or interactions may make or answer one. */
  reminders: ['reminders'] as const,
  today: ['reminders', 'today'] as const,
  recordReminders: (record: { contactId?: number; bidId?: number }) => ['reminders', 'record', record] as const,
  /** Contacts and organisations as their pages show them; a merge or an interaction changes them. */
  people: ['people'] as const,
  contactList: (query: ContactsQuery) => ['people', 'contacts', query] as const,
  contact: (id: number) => ['people', 'contact', id] as const,
  organisationList: (query: string) => ['people', 'organisations', query] as const,
  organisation: (id: number) => ['people', 'organisation', id] as const,
  peopleCount: ['people', 'count'] as const,
  interactions: ['interactions'] as const,
  recordInteractions: (record: { contactId?: number; bidId?: number }) => ['interactions', record] as const,
  settings: ['settings'] as const,
  /** The database's health and its backups; a backup or a restore changes both. */
  dataSafety: ['data-safety'] as const,
  databaseStatus: ['data-safety', 'status'] as const,
  backups: ['data-safety', 'backups'] as const,
  /** A chosen file's preview, known by the file's serial number (never its text) and the choices made for it. */
  importPreview: (fileSerial: number, format: string, choices: unknown = null) => ['import-preview', fileSerial, format, choices] as const,
};
