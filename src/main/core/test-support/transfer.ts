/** Databases and helpers for the export and import tests. */
import type Database from 'better-sqlite3';
import { isNull } from 'drizzle-orm';
import type { ExportDocument, JsonImportResult } from '../../../shared/schemas';
import type { ApiHandlers } from '../../../shared/contract';
import { type fixedClock } from '../clock';
import type { Db, StintDatabase } from '../db/open';
import { contracts, reminders } from '../db/schema';
import { generatePipeline, SAMPLE_PIPELINE } from '../fixtures/pipeline-generator';
import { exportJson } from '../services/transfer/export';
import { commitJsonImport, previewJsonImport } from '../services/transfer/import';
import { afterEach } from 'vitest';
import { tempApi, TEST_NOW, type TempDatabase } from './temp-database';

export interface Machine {
  temp: TempDatabase;
  database: StintDatabase;
  api: ApiHandlers;
  clock: ReturnType<typeof fixedClock>;
}

/** A database of its own, with an API whose clock the test moves: one user's machine. */
export function machine(): Machine {
  return tempApi();
}

/**
 * Makes a fresh machine each call, every one removed after the test that made it; `prepare` sees each as it is made,
 * with its place in that test's order (0 for the first).
 */
export function machinesPerTest(prepare?: (made: Machine, index: number) => void): () => Machine {
  const made: Machine[] = [];
  afterEach(() => made.splice(0).forEach((each) => each.temp.remove()));
  return () => {
    const next = machine();
    prepare?.(next, made.length);
    made.push(next);
    return next;
  };
}

/**
 * The sample pipeline and what it leaves empty: a change of contract end, the settings, a reminder the user set, a
 * pipeline-cover reminder, and a closed thank-you whose move is gone. Every table an export covers has rows.
 */
export function fillEveryTable(target: Machine): void {
  const { database, api } = target;
  generatePipeline(database.db, { ...SAMPLE_PIPELINE, now: TEST_NOW });
  const contract = database.db.select().from(contracts).where(isNull(contracts.actualEndOn)).limit(1).get();
  if (!contract) throw new Error('The sample has no contract still running');
  const bidId = contract.opportunityId;
  const later = new Date(Date.parse(`${contract.plannedEndOn}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  api.changeContractEnd({ bidId, toEndOn: later, note: 'Phase 2' });
  api.saveSettings({ keyPartnerCadenceDays: 21, recruiterCadenceDays: 45, liveBidsTarget: 4, workingDays: [1, 2, 3, 4], notifications: false });
  api.createReminder({ title: 'Send the updated CV', note: 'With the SAP project', dueDate: '2026-03-05', dueTime: '09:30', contactId: null, bidId });
  const made = { createdAt: TEST_NOW, updatedAt: TEST_NOW };
  database.db
    .insert(reminders)
    .values([
      { kind: 'pipeline_cover', rule: 'pipeline_cover', triggerKey: `cover:${contract.id}@${contract.plannedEndOn}`, title: 'Line up the next contract', dueAt: TEST_NOW, ...made },
      { kind: 'thank_you', rule: 'thank_you', triggerKey: 'closing:999999', title: 'Thank them', dueAt: TEST_NOW, status: 'done', closedAt: TEST_NOW, closedBy: 'user', ...made },
    ])
    .run();
}

/**
 * Moves every table's next id well past the source's, so that a record imported keeps its uid but not its local id,
 * as on another machine: a link or trigger that kept a local id would point at the wrong record.
 */
export function shiftLocalIds(sqlite: Database.Database, by = 10_000): void {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%AUTOINCREMENT%'`).pluck().all() as string[];
  for (const table of tables) {
    sqlite.prepare('DELETE FROM sqlite_sequence WHERE name = ?').run(table);
    const last = sqlite.prepare(`SELECT coalesce(max(id), 0) FROM "${table}"`).pluck().get() as number;
    sqlite.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table, last + by);
  }
}

/** The export as an object, without the time it was made: two exports of the same records compare equal. */
export function exported(db: Db, now = TEST_NOW): Omit<ExportDocument, 'exportedAt'> {
  const { exportedAt: _exportedAt, ...rest } = JSON.parse(exportJson(db, now)) as ExportDocument;
  return rest;
}

/** Previews `text` and imports it as previewed; fails the test if the preview finds problems. */
export function importText(db: Db, text: string): JsonImportResult {
  const preview = previewJsonImport(db, text);
  if (!preview.token) throw new Error(`The file has problems: ${JSON.stringify(preview.problems.slice(0, 5))}`);
  return commitJsonImport(db, text, preview.token);
}

/** What an import did to one kind, as `{ added, updated, unchanged, matchedByKey }`. */
export function countsFor(result: Pick<JsonImportResult, 'kinds'>, kind: string) {
  const counts = result.kinds.find((entry) => entry.kind === kind);
  if (!counts) throw new Error(`No counts for ${kind}`);
  const { added, updated, unchanged, matchedByKey } = counts;
  return { added, updated, unchanged, matchedByKey };
}

/** Every row of every table, the search index and the bookkeeping included: to show that nothing at all changed. */
export function dumpDatabase(sqlite: Database.Database): Record<string, unknown[]> {
  const tables = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  return Object.fromEntries(tables.map((table) => [table, sqlite.prepare(`SELECT * FROM "${table}"`).raw().all()]));
}

/**
 * What the database keeps by itself, worked out again from the records, beside what it holds: bid_facts (as
 * migration 0012 first filled it), the search index (as migration 0006 did) and each contact's last contact.
 */
export function derivedData(sqlite: Database.Database) {
  const facts = `opportunity_id, agency_id, source, engagement, stage, created_at, stage_changed_at, brief_completeness, furthest,
    lead_signed, brief_signed, submitted_signed, shortlisted_signed, interview_signed, offer_signed, outcome_id, outcome_reached, reasons_mine, reasons_outside`;
  const search = 'rowid, title, client, agency, recruiter, hiring_manager, notes, brief';
  return {
    stored: {
      bidFacts: sqlite.prepare(`SELECT ${facts} FROM bid_facts ORDER BY opportunity_id`).all(),
      search: sqlite.prepare(`SELECT ${search} FROM opportunity_search ORDER BY rowid`).all(),
      lastContact: sqlite.prepare('SELECT id, last_contact_at FROM contacts ORDER BY id').all(),
    },
    expected: {
      bidFacts: sqlite
        .prepare(
          `SELECT o.id AS opportunity_id, o.agency_id, o.source, o.engagement, o.stage, o.created_at, o.stage_changed_at, o.brief_completeness,
            h.furthest, h.lead_signed, h.brief_signed, h.submitted_signed, h.shortlisted_signed, h.interview_signed, h.offer_signed,
            l.outcome_id, l.outcome_reached, coalesce(l.reasons_mine, 0) AS reasons_mine, coalesce(l.reasons_outside, 0) AS reasons_outside
          FROM opportunities o LEFT JOIN bid_history h ON h.opportunity_id = o.id LEFT JOIN bid_latest_outcome l ON l.opportunity_id = o.id
          ORDER BY o.id`,
        )
        .all(),
      search: sqlite
        .prepare(
          `SELECT o.id AS rowid, o.title, coalesce(c.name, '') AS client, coalesce(a.name, '') AS agency, coalesce(r.name, '') AS recruiter,
            coalesce(h.name, '') AS hiring_manager, o.notes, o.brief_text AS brief
          FROM opportunities o LEFT JOIN organisations c ON c.id = o.client_id LEFT JOIN organisations a ON a.id = o.agency_id
            LEFT JOIN contacts r ON r.id = o.recruiter_id LEFT JOIN contacts h ON h.id = o.hiring_manager_id
          ORDER BY o.id`,
        )
        .all(),
      lastContact: sqlite
        .prepare(
          `SELECT c.id, (SELECT max(i.occurred_at) FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id WHERE ic.contact_id = c.id) AS last_contact_at
          FROM contacts c ORDER BY c.id`,
        )
        .all(),
    },
  };
}
