import { describe, expect, it } from 'vitest';
import { logInteractionSchema, type ExportDocument } from '../../../../shared/schemas';
import { evaluateReminders } from '../reminders/evaluate';
import { parsedBid, parsedUpdate } from '../../test-support/bid-input';
import { parsedOutcome } from '../../test-support/outcome-input';
import { countsFor, derivedData, dumpDatabase, exported, importText, machinesPerTest, shiftLocalIds, type Machine } from '../../test-support/transfer';
import { exportJson } from './export';
import { commitJsonImport, previewJsonImport } from './import';

const HOUR = 3_600_000;
const newMachine = machinesPerTest((made, index) => shiftLocalIds(made.database.sqlite, 1_000 * (index + 1)));

/** A second machine that starts from this one's export. */
function copyOf(source: Machine): Machine {
  const copy = newMachine();
  importText(copy.database.db, textOf(source));
  return copy;
}

function textOf(source: Machine): string {
  return exportJson(source.database.db, source.clock.now());
}

function uidOf(on: Machine, table: string, id: number): string {
  return on.database.sqlite.prepare(`SELECT uid FROM ${table} WHERE id = ?`).pluck().get(id) as string;
}

function idOf(on: Machine, table: string, uid: string): number {
  return on.database.sqlite.prepare(`SELECT id FROM ${table} WHERE uid = ?`).pluck().get(uid) as number;
}

function titleOf(on: Machine, uid: string): unknown {
  return on.database.sqlite.prepare('SELECT title FROM opportunities WHERE uid = ?').pluck().get(uid);
}

/** The export's records, each kind sorted by uid: two databases holding the same records compare equal. */
function recordsByUid(on: Machine): ExportDocument['records'] {
  const { records } = exported(on.database.db);
  const sorted = Object.entries(records).map(([kind, list]) => [kind, [...(list as { uid?: string }[])].sort((x, y) => (x.uid ?? '').localeCompare(y.uid ?? ''))]);
  return Object.fromEntries(sorted) as ExportDocument['records'];
}

describe('merging an export from another machine', () => {
  it('takes the later version of each record from either side, adds what only the file has and keeps what only this database has', () => {
    const laptop = newMachine();
    const cfo = laptop.api.createBid(parsedBid({ title: 'Interim CFO' }));
    const fpa = laptop.api.createBid(parsedBid({ title: 'Head of FP&A', client: { name: 'Harbour Foods' } }));
    const desktop = copyOf(laptop);
    const [cfoUid, fpaUid] = [uidOf(laptop, 'opportunities', cfo.id), uidOf(laptop, 'opportunities', fpa.id)];

    // The CFO bid is edited on both, later on the desktop; the FP&A bid on both, later on the laptop.
    laptop.clock.advance(HOUR);
    laptop.api.updateBid(parsedUpdate(cfo.id, { title: 'Interim CFO (laptop)' }));
    desktop.clock.advance(2 * HOUR);
    desktop.api.updateBid(parsedUpdate(idOf(desktop, 'opportunities', cfoUid), { title: 'Interim CFO (desktop)' }));
    desktop.api.updateBid(parsedUpdate(idOf(desktop, 'opportunities', fpaUid), { title: 'Head of FP&A (desktop)', tags: ['desktop'] }));
    laptop.clock.advance(2 * HOUR);
    laptop.api.updateBid(parsedUpdate(fpa.id, { title: 'Head of FP&A (laptop)', client: { name: 'Harbour Foods' }, tags: ['laptop', 'fmcg'] }));
    // Each side also adds a record of its own, and the laptop moves a bid on.
    const onlyLaptop = laptop.api.createBid(parsedBid({ title: 'Turnaround Director', client: { name: 'Kestrel Rail' } }));
    laptop.api.moveBid({ id: fpa.id, to: 'submitted' });
    desktop.api.saveOrganisation({ organisationId: null, name: 'Only on the desktop', kind: 'client', website: '', notes: '' });

    const result = importText(desktop.database.db, textOf(laptop));
    expect(countsFor(result, 'bids')).toEqual({ added: 1, updated: 1, unchanged: 1, matchedByKey: 0 });
    expect(countsFor(result, 'stageEvents')).toEqual({ added: 2, updated: 0, unchanged: 2, matchedByKey: 0 });
    expect(countsFor(result, 'organisations')).toEqual({ added: 1, updated: 0, unchanged: 3, matchedByKey: 0 });
    expect(titleOf(desktop, cfoUid)).toBe('Interim CFO (desktop)');
    expect(titleOf(desktop, fpaUid)).toBe('Head of FP&A (laptop)');
    expect(titleOf(desktop, uidOf(laptop, 'opportunities', onlyLaptop.id))).toBe('Turnaround Director');
    const fpaOnDesktop = desktop.api.getBid({ id: idOf(desktop, 'opportunities', fpaUid) });
    expect({ stage: fpaOnDesktop.stage, tags: fpaOnDesktop.tags, client: fpaOnDesktop.client?.name }).toEqual({ stage: 'submitted', tags: ['fmcg', 'laptop'], client: 'Harbour Foods' });
    expect(desktop.api.countContacts(undefined).organisations).toBe(5);
    expect(derivedData(desktop.database.sqlite).stored).toEqual(derivedData(desktop.database.sqlite).expected);

    // The other way round too, and the two machines hold the same records.
    importText(laptop.database.db, textOf(desktop));
    expect(recordsByUid(laptop)).toEqual(recordsByUid(desktop));
  });

  it('finds a record made on both machines by its name, keeps every link to it, and gives it the file’s uid', () => {
    const laptop = newMachine();
    const desktop = newMachine();
    desktop.api.createBid(parsedBid({ title: 'Programme Director', client: { name: 'HAYS' }, recruiter: { name: 'priya  PATEL' } }));
    desktop.api.createSkill({ name: 'sap s/4hana', level: 2, evidence: '', lastReviewedOn: null });
    desktop.api.logInteraction(logInteractionSchema.parse({ date: '2026-02-10', time: '10:00', channel: 'call', contacts: [{ name: 'Priya Patel' }], bidId: null, summary: 'Desktop' }));
    laptop.api.logInteraction(logInteractionSchema.parse({ date: '2026-02-20', time: '10:00', channel: 'coffee', contacts: [{ name: 'Priya Patel' }], bidId: null, summary: 'Laptop' }));
    laptop.clock.advance(HOUR);
    const laptopBid = laptop.api.createBid(parsedBid({ title: 'Interim CFO', client: { name: 'Hays' }, recruiter: { name: 'Priya Patel' } }));
    laptop.api.createSkill({ name: 'SAP S/4HANA', level: 4, evidence: 'Led the cutover', lastReviewedOn: null });

    const result = importText(desktop.database.db, textOf(laptop));
    // Hays and the agency Blue Quay Interim, Priya and the skill; the fifteen built-in reasons have one uid everywhere.
    expect(countsFor(result, 'organisations')).toEqual({ added: 0, updated: 2, unchanged: 0, matchedByKey: 2 });
    expect(countsFor(result, 'contacts')).toMatchObject({ added: 0, matchedByKey: 1 });
    expect(countsFor(result, 'skills')).toEqual({ added: 0, updated: 1, unchanged: 0, matchedByKey: 1 });
    expect(countsFor(result, 'rejectionReasons')).toEqual({ added: 0, updated: 0, unchanged: 15, matchedByKey: 0 });
    expect(countsFor(result, 'bids')).toEqual({ added: 1, updated: 0, unchanged: 0, matchedByKey: 0 });

    const { sqlite } = desktop.database;
    const hays = sqlite.prepare(`SELECT id, uid, name FROM organisations WHERE name_key = 'hays'`).all() as { id: number; uid: string; name: string }[];
    expect(hays).toHaveLength(1);
    // The laptop's is later: its spelling wins, and the record takes its uid, so the next import finds it by uid.
    expect(hays[0]).toMatchObject({ name: 'Hays', uid: uidOf(laptop, 'organisations', laptopBid.client?.id ?? 0) });
    expect(sqlite.prepare('SELECT DISTINCT client_id FROM opportunities').pluck().all()).toEqual([hays[0]?.id]);
    expect(sqlite.prepare(`SELECT count(*) FROM contacts WHERE name_key = 'priya patel'`).pluck().get()).toBe(1);
    expect(sqlite.prepare('SELECT name, level, evidence FROM skills').all()).toEqual([{ name: 'SAP S/4HANA', level: 4, evidence: 'Led the cutover' }]);
    // Both interactions are hers now, and her last contact is the later one's.
    expect(sqlite.prepare(`SELECT count(*) FROM interaction_contacts ic JOIN contacts c ON c.id = ic.contact_id WHERE c.name_key = 'priya patel'`).pluck().get()).toBe(2);
    expect(derivedData(sqlite).stored).toEqual(derivedData(sqlite).expected);

    const again = importText(desktop.database.db, textOf(laptop));
    expect(again.totals.added + again.totals.updated).toBe(0);
    expect(again.kinds.every((kind) => kind.matchedByKey === 0)).toBe(true);
  });

  it('counts a reason again on its bids when the later version of it changes its control', () => {
    const laptop = newMachine();
    const desktop = newMachine();
    const own = desktop.api.addRejectionReason({ label: 'too hands-on', control: 'outside', pointsAtGap: false });
    const lost = desktop.api.createBid(parsedBid({ title: 'Programme Director', stage: 'interview' }));
    const { eventId } = desktop.api.moveBid({ id: lost.id, to: 'rejected' });
    desktop.api.saveOutcome(parsedOutcome(lost.id, eventId, { reasonIds: [own.id] }));
    laptop.clock.advance(HOUR);
    laptop.api.addRejectionReason({ label: 'Too hands-on', control: 'mine', pointsAtGap: true });

    const result = importText(desktop.database.db, textOf(laptop));
    expect(countsFor(result, 'rejectionReasons')).toEqual({ added: 0, updated: 1, unchanged: 15, matchedByKey: 1 });
    const facts = desktop.database.sqlite.prepare('SELECT reasons_mine, reasons_outside FROM bid_facts WHERE opportunity_id = ?').get(lost.id);
    expect(facts).toEqual({ reasons_mine: 1, reasons_outside: 0 });
    expect(derivedData(desktop.database.sqlite).stored).toEqual(derivedData(desktop.database.sqlite).expected);
  });

  it('keeps one contract per bid, one outcome per closing and one reminder per rule and trigger when both machines made their own', () => {
    const laptop = newMachine();
    const won = laptop.api.createBid(parsedBid({ title: 'Interim CFO', stage: 'won' }));
    const lost = laptop.api.createBid(parsedBid({ title: 'Head of FP&A', stage: 'interview' }));
    const { eventId } = laptop.api.moveBid({ id: lost.id, to: 'rejected' });
    const desktop = copyOf(laptop);
    const onDesktop = (table: string, id: number) => idOf(desktop, table, uidOf(laptop, table, id));

    // The laptop records the contract first and the outcome last; each machine's rules thank the recruiter.
    const contract = { startOn: '2026-04-01', plannedEndOn: '2026-09-30', actualEndOn: null };
    laptop.clock.advance(HOUR);
    laptop.api.saveContract({ bidId: won.id, ...contract, rate: { amount: 900, currency: 'GBP', unit: 'day' } });
    evaluateReminders(laptop.database.db, laptop.clock.now());
    desktop.clock.advance(2 * HOUR);
    desktop.api.saveContract({ bidId: onDesktop('opportunities', won.id), ...contract, rate: { amount: 950, currency: 'GBP', unit: 'day' } });
    desktop.api.saveOutcome(parsedOutcome(onDesktop('opportunities', lost.id), onDesktop('stage_events', eventId), { lesson: 'Desktop' }));
    evaluateReminders(desktop.database.db, desktop.clock.now());
    laptop.clock.advance(2 * HOUR);
    const laptopOutcome = laptop.api.saveOutcome(parsedOutcome(lost.id, eventId, { lesson: 'Laptop, later' }));

    const result = importText(desktop.database.db, textOf(laptop));
    expect(countsFor(result, 'contracts')).toEqual({ added: 0, updated: 0, unchanged: 1, matchedByKey: 1 });
    expect(countsFor(result, 'outcomes')).toEqual({ added: 0, updated: 1, unchanged: 0, matchedByKey: 1 });
    expect(countsFor(result, 'reminders')).toMatchObject({ added: 0, matchedByKey: 1 });
    const { sqlite } = desktop.database;
    expect(sqlite.prepare('SELECT rate_minor FROM contracts').pluck().all()).toEqual([95_000]);
    expect(sqlite.prepare('SELECT uid, lesson FROM rejection_outcomes').all()).toEqual([{ uid: uidOf(laptop, 'rejection_outcomes', laptopOutcome.outcome?.id ?? 0), lesson: 'Laptop, later' }]);
    expect(sqlite.prepare(`SELECT count(*) FROM reminders WHERE rule = 'thank_you'`).pluck().get()).toBe(1);
  });
});

describe('an import that would give two records one name', () => {
  it('is refused in words, and changes nothing', () => {
    const laptop = newMachine();
    const hays = laptop.api.saveOrganisation({ organisationId: null, name: 'Hays', kind: 'agency', website: '', notes: '' });
    const desktop = copyOf(laptop);
    desktop.api.saveOrganisation({ organisationId: null, name: 'Hays Plc', kind: 'agency', website: '', notes: '' });
    laptop.clock.advance(HOUR);
    laptop.api.saveOrganisation({ organisationId: hays.id, name: 'HAYS PLC', kind: 'agency', website: '', notes: '' });

    const before = dumpDatabase(desktop.database.sqlite);
    const text = textOf(laptop);
    const preview = previewJsonImport(desktop.database.db, text);
    expect(preview.token).toBeNull();
    expect(preview.problems).toEqual([
      {
        kind: 'organisations',
        index: 0,
        uid: uidOf(laptop, 'organisations', hays.id),
        field: null,
        where: `Organisations, record 1 (uid ${uidOf(laptop, 'organisations', hays.id)})`,
        message: 'Its name is the same as that of the organisation “Hays Plc” here, and there is one organisation per name: rename or merge one of them in Stint, then import again',
      },
    ]);
    expect(() => commitJsonImport(desktop.database.db, text, 'anything')).toThrow(/cannot be imported: Organisations, record 1 .*Nothing was imported/);
    expect(dumpDatabase(desktop.database.sqlite)).toEqual(before);
  });

  it('lets two records trade names in one import', () => {
    const laptop = newMachine();
    const alpha = laptop.api.createSkill({ name: 'Alpha', level: 1, evidence: '', lastReviewedOn: null });
    const beta = laptop.api.createSkill({ name: 'Beta', level: 2, evidence: '', lastReviewedOn: null });
    const desktop = copyOf(laptop);
    laptop.clock.advance(HOUR);
    laptop.api.updateSkill({ skillId: alpha.id, name: 'Gamma', level: 1, evidence: '', lastReviewedOn: null });
    laptop.api.updateSkill({ skillId: beta.id, name: 'Alpha', level: 2, evidence: '', lastReviewedOn: null });
    laptop.api.updateSkill({ skillId: alpha.id, name: 'Beta', level: 1, evidence: '', lastReviewedOn: null });

    importText(desktop.database.db, textOf(laptop));
    const names = desktop.database.sqlite.prepare('SELECT uid, name, name_key FROM skills ORDER BY name').all();
    expect(names).toEqual([
      { uid: uidOf(laptop, 'skills', beta.id), name: 'Alpha', name_key: 'alpha' },
      { uid: uidOf(laptop, 'skills', alpha.id), name: 'Beta', name_key: 'beta' },
    ]);
  });
});

describe('a skills MOT', () => {
  it('merges its entries one by one, the later of each winning, whichever machine finished it', () => {
    const laptop = newMachine();
    const ids = ['Treasury', 'IFRS', 'SAP'].map((name) => laptop.api.createSkill({ name, level: 2, evidence: '', lastReviewedOn: null }).id);
    const review = laptop.api.startSkillReview(undefined);
    laptop.api.recordSkillReview({ reviewId: review.id, skillId: ids[0] ?? 0, level: 3, note: 'laptop' });
    const desktop = copyOf(laptop);
    const onDesktop = (table: string, id: number) => idOf(desktop, table, uidOf(laptop, table, id));
    desktop.clock.advance(HOUR);
    desktop.api.recordSkillReview({ reviewId: onDesktop('skill_reviews', review.id), skillId: onDesktop('skills', ids[0] ?? 0), level: 4, note: 'desktop, later' });
    desktop.api.recordSkillReview({ reviewId: onDesktop('skill_reviews', review.id), skillId: onDesktop('skills', ids[1] ?? 0), level: 1, note: 'desktop only' });
    laptop.clock.advance(2 * HOUR);
    laptop.api.recordSkillReview({ reviewId: review.id, skillId: ids[2] ?? 0, level: 5, note: 'laptop only' });
    laptop.api.recordSkillReview({ reviewId: review.id, skillId: ids[1] ?? 0, level: 2, note: 'laptop, later' });

    const result = importText(desktop.database.db, textOf(laptop));
    expect(countsFor(result, 'skillReviews')).toEqual({ added: 0, updated: 1, unchanged: 0, matchedByKey: 0 });
    const recorded = desktop.database.sqlite.prepare('SELECT s.name, e.level, e.note FROM skill_review_entries e JOIN skills s ON s.id = e.skill_id ORDER BY s.name').all();
    expect(recorded).toEqual([
      { name: 'IFRS', level: 2, note: 'laptop, later' },
      { name: 'SAP', level: 5, note: 'laptop only' },
      { name: 'Treasury', level: 4, note: 'desktop, later' },
    ]);
  });
});
