import { afterEach, describe, expect, it, vi } from 'vitest';
import { isClosedStage, OPEN_STAGES, STAGES, type Stage } from '../../../../shared/domain';
import { matchKey } from '../../../../shared/match-key';
import { boardQuerySchema, type BoardFilters } from '../../../../shared/schemas';
import { generatePipeline, SAMPLE_PIPELINE } from '../../fixtures/pipeline-generator';
import { parsedBid, parsedUpdate } from '../../test-support/bid-input';
import { tempApi, TEST_NOW } from '../../test-support/temp-database';
import { toFtsQuery } from './search-query';

const DAY = 86_400_000;

let setup: ReturnType<typeof tempApi>;
afterEach(() => setup?.temp.remove());

function board(filters: BoardFilters = {}, pageSize = 50) {
  return setup.api.getBoard(boardQuerySchema.parse({ filters, pageSize }));
}

function lane(filters: BoardFilters, stage: string) {
  return board(filters).columns.find((column) => column.stage === stage);
}

function titlesIn(filters: BoardFilters): string[] {
  return board(filters).columns.flatMap((column) => column.cards.map((card) => card.title)).sort();
}

describe('the board', () => {
  it('has a lane per stage, says when there is nothing yet, and shows a new bid in its lane', () => {
    setup = tempApi();
    const empty = board();
    expect(empty.columns.map((column) => column.stage)).toEqual([...STAGES]);
    expect(empty).toMatchObject({ totalMatching: 0, hasAnyBids: false });

    const bid = setup.api.createBid(parsedBid({ stage: 'submitted' }));
    const after = board();
    expect(after).toMatchObject({ totalMatching: 1, hasAnyBids: true });
    expect(lane({}, 'submitted')?.cards).toEqual([
      {
        id: bid.id,
        title: 'Interim Finance Director',
        clientName: 'Northbridge Logistics',
        agencyName: 'Blue Quay Interim',
        rate: { amount: 850, currency: 'GBP', unit: 'day' },
        stage: 'submitted',
        priority: 2,
        stageChangedAt: bid.stageChangedAt,
        daysInStage: 0,
        briefCompleteness: 50,
        archived: false,
        interviewToAssess: null,
      },
    ]);
  });

  it('orders a lane by priority, then the most recently moved, and pages through it', () => {
    setup = tempApi();
    const low = setup.api.createBid(parsedBid({ title: 'low', priority: 1 }));
    setup.clock.advance(1000);
    const older = setup.api.createBid(parsedBid({ title: 'normal, older' }));
    setup.clock.advance(1000);
    const newer = setup.api.createBid(parsedBid({ title: 'normal, newer' }));
    const high = setup.api.createBid(parsedBid({ title: 'high', priority: 3 }));
    expect(lane({}, 'lead')?.cards.map((card) => card.id)).toEqual([high.id, newer.id, older.id, low.id]);

    const firstPage = board({}, 2).columns.find((column) => column.stage === 'lead');
    expect(firstPage?.cards.map((card) => card.id)).toEqual([high.id, newer.id]);
    const next = setup.api.getColumnPage({ stage: 'lead', filters: {}, offset: 2, limit: 2 });
    expect(next).toEqual({ count: 4, cards: [expect.objectContaining({ id: older.id }), expect.objectContaining({ id: low.id })] });
  });

  it('counts closed lanes but loads their cards only when asked for', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid());
    setup.api.moveBid({ id: bid.id, to: 'rejected' });
    expect(lane({}, 'rejected')).toEqual({ stage: 'rejected', count: 1, cards: [] });
    expect(lane({ stages: ['rejected'] }, 'rejected')?.cards.map((card) => card.id)).toEqual([bid.id]);
    expect(board({ stages: ['rejected'] }).columns.map((column) => column.stage)).toEqual(['rejected']);
    expect(setup.api.getColumnPage({ stage: 'rejected', filters: {}, offset: 0, limit: 50 }).cards).toHaveLength(1);
    for (const stage of OPEN_STAGES) expect(lane({}, stage)?.count).toBe(0);
  });

  it('orders a closed lane newest first whatever the priority, on the board and in the archive', () => {
    setup = tempApi();
    const highOld = setup.api.createBid(parsedBid({ title: 'high, rejected long ago', priority: 3 }));
    const normal = setup.api.createBid(parsedBid({ title: 'normal, rejected last fortnight', priority: 2 }));
    const low = setup.api.createBid(parsedBid({ title: 'low, rejected yesterday', priority: 1 }));
    setup.api.moveBid({ id: highOld.id, to: 'rejected' });
    setup.clock.advance(645 * DAY);
    setup.api.moveBid({ id: normal.id, to: 'rejected' });
    setup.clock.advance(13 * DAY);
    setup.api.moveBid({ id: low.id, to: 'rejected' });
    const newestFirst = [low.id, normal.id, highOld.id];

    expect(lane({ stages: ['rejected'] }, 'rejected')?.cards.map((card) => card.id)).toEqual(newestFirst);
    expect(setup.api.getColumnPage({ stage: 'rejected', filters: {}, offset: 1, limit: 2 }).cards.map((card) => card.id)).toEqual(newestFirst.slice(1));
    for (const id of newestFirst) setup.api.setArchived({ id, archived: true });
    expect(lane({ archived: true }, 'rejected')?.cards.map((card) => card.id)).toEqual(newestFirst);
  });

  it('reads a page of a closed lane in order from an index, without sorting the whole lane', () => {
    setup = tempApi();
    const prepared = vi.spyOn(setup.database.sqlite, 'prepare');
    for (const filters of [{ stages: ['rejected' as const] }, { archived: true }, { stages: ['no_response' as const], text: 'erp', tags: ['nhs'] }]) {
      board(filters);
    }
    const closedLanePages = prepared.mock.calls.map(([statement]) => statement).filter((statement) => /order by "opportunities"."stage_changed_at" desc/.test(statement));
    expect(closedLanePages).toHaveLength(3);
    for (const statement of closedLanePages) {
      const placeholders = statement.match(/\?/g) ?? [];
      const plan = setup.database.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${statement}`)
        .all(...placeholders.map((_, index) => (index === 0 ? 'rejected' : 50)))
        .map((step) => (step as { detail: string }).detail);
      expect(plan.join('\n')).toMatch(/USING INDEX opportunities_(archived_)?closed_lane_idx \(stage=\?\)/);
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
    }
  });

  it('filters by agency (or direct), engagement and tag', () => {
    setup = tempApi();
    const viaAgency = setup.api.createBid(parsedBid({ title: 'via agency', tags: ['nhs'] }));
    setup.api.createBid(parsedBid({ title: 'direct', agency: null, engagement: 'contract', tags: ['fintech'] }));
    const agencyId = setup.api.getBid({ id: viaAgency.id }).agency?.id ?? 0;
    expect(titlesIn({ agencies: [agencyId] })).toEqual(['via agency']);
    expect(titlesIn({ agencies: ['direct'] })).toEqual(['direct']);
    expect(titlesIn({ engagement: 'contract' })).toEqual(['direct']);
    expect(titlesIn({ tags: ['NHS'] })).toEqual(['via agency']);
    expect(board({ tags: ['nothing'] })).toMatchObject({ totalMatching: 0, hasAnyBids: true });
  });

  describe('with several values in one filter, showing bids that match any of them', () => {
    function threeAgenciesAndDirect() {
      setup = tempApi();
      const add = (title: string, agency: string | null, tags: string[], stage: Stage = 'lead') =>
        setup.api.createBid(parsedBid({ title, agency: agency ? { name: agency } : null, tags, stage }));
      const hays = add('Hays CFO', 'Hays', ['erp', 'nhs'], 'submitted');
      const quay = add('Blue Quay FD', 'Blue Quay Interim', ['fintech'], 'interview');
      add('Harrow PMO', 'Harrow & Finch', ['erp']);
      add('Direct COO', null, ['pe-backed'], 'submitted');
      const agencyOf = (id: number) => setup.api.getBid({ id }).agency?.id as number;
      return { hays: agencyOf(hays.id), quay: agencyOf(quay.id) };
    }

    it('several agencies', () => {
      const { hays, quay } = threeAgenciesAndDirect();
      expect(titlesIn({ agencies: [hays, quay] })).toEqual(['Blue Quay FD', 'Hays CFO']);
      expect(board({ agencies: [hays, quay] }).totalMatching).toBe(2);
    });

    it('several agencies with direct among them', () => {
      const { hays, quay } = threeAgenciesAndDirect();
      expect(titlesIn({ agencies: [hays, 'direct'] })).toEqual(['Direct COO', 'Hays CFO']);
      expect(titlesIn({ agencies: ['direct', quay, hays] })).toEqual(['Blue Quay FD', 'Direct COO', 'Hays CFO']);
    });

    it('several tags, a bid with two of them counted once', () => {
      threeAgenciesAndDirect();
      expect(titlesIn({ tags: ['erp', 'nhs'] })).toEqual(['Harrow PMO', 'Hays CFO']);
      expect(titlesIn({ tags: ['fintech', 'PE-backed'] })).toEqual(['Blue Quay FD', 'Direct COO']);
      expect(board({ tags: ['erp', 'nhs'] }).totalMatching).toBe(2);
    });

    it('several stages, with the other filters', () => {
      const { hays, quay } = threeAgenciesAndDirect();
      const filtered = board({ stages: ['submitted', 'interview'], agencies: [hays, quay, 'direct'] });
      expect(filtered.columns.map((column) => [column.stage, column.cards.map((card) => card.title).sort()])).toEqual([
        ['submitted', ['Direct COO', 'Hays CFO']],
        ['interview', ['Blue Quay FD']],
      ]);
      const page = setup.api.getColumnPage({ stage: 'submitted', filters: { agencies: ['direct'], tags: ['pe-backed'] }, offset: 0, limit: 10 });
      expect(page).toMatchObject({ count: 1, cards: [{ title: 'Direct COO' }] });
    });

    it('an empty list filters nothing', () => {
      threeAgenciesAndDirect();
      expect(board({ agencies: [], tags: [], stages: [] }).totalMatching).toBe(4);
    });
  });
});

describe('full-text search', () => {
  it('finds bids by a word in the title, client, notes or brief, by prefix and without accents', () => {
    setup = tempApi();
    setup.api.createBid(parsedBid({ title: 'Programme Manager', briefText: 'Lead the Workday rollout', notes: 'met at the café', client: { name: 'Kestrel Energy' } }));
    setup.api.createBid(parsedBid({ title: 'Interim CFO', briefText: 'Turnaround of a retailer', client: { name: 'Albion Foods' } }));
    expect(titlesIn({ text: 'workday' })).toEqual(['Programme Manager']);
    expect(titlesIn({ text: 'kestrel' })).toEqual(['Programme Manager']);
    expect(titlesIn({ text: 'cafe' })).toEqual(['Programme Manager']);
    expect(titlesIn({ text: 'turnar' })).toEqual(['Interim CFO']);
    expect(titlesIn({ text: 'interim turnaround' })).toEqual(['Interim CFO']);
    expect(titlesIn({ text: 'workday albion' })).toEqual([]);
  });

  it('keeps the index in step with edits, client renames and deletes', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ briefText: 'Outdated wording' }));
    setup.api.updateBid(parsedUpdate(bid.id, { briefText: 'Freshly rewritten' }));
    expect(titlesIn({ text: 'outdated' })).toEqual([]);
    expect(titlesIn({ text: 'freshly' })).toEqual(['Interim Finance Director']);
    setup.database.sqlite.prepare(`UPDATE organisations SET name = 'Renamed Holdings' WHERE name = 'Northbridge Logistics'`).run();
    expect(titlesIn({ text: 'renamed' })).toEqual(['Interim Finance Director']);
    setup.api.deleteBid({ id: bid.id });
    expect(titlesIn({ text: 'renamed' })).toEqual([]);
  });

  it("finds bids by their agency's, recruiter's or hiring manager's name", () => {
    setup = tempApi();
    setup.api.createBid(parsedBid({ title: 'Interim CFO', agency: { name: 'Ashby Talent' }, recruiter: { name: 'Chloe Okafor' }, hiringManager: { name: 'Dana Whitfield' } }));
    setup.api.createBid(parsedBid({ title: 'Programme Manager' }));
    expect(titlesIn({ text: 'Ashby' })).toEqual(['Interim CFO']);
    expect(titlesIn({ text: 'Okafor' })).toEqual(['Interim CFO']);
    expect(titlesIn({ text: 'whitfield' })).toEqual(['Interim CFO']);
    expect(titlesIn({ text: 'priya blue quay' })).toEqual(['Programme Manager']);
  });

  it('keeps agencies and people in step when they are renamed or a bid changes them', () => {
    setup = tempApi();
    const bid = setup.api.createBid(parsedBid({ agency: { name: 'Ashby Talent' }, recruiter: { name: 'Chloe Okafor' }, hiringManager: { name: 'Dana Whitfield' } }));
    const rename = (table: 'organisations' | 'contacts', from: string, to: string) =>
      setup.database.sqlite.prepare(`UPDATE ${table} SET name = ?, name_key = ? WHERE name = ?`).run(to, matchKey(to), from);
    rename('organisations', 'Ashby Talent', 'Larkspur Talent');
    rename('contacts', 'Chloe Okafor', 'Chloe Adeyemi');
    rename('contacts', 'Dana Whitfield', 'Dana Moreau');
    expect(titlesIn({ text: 'ashby' })).toEqual([]);
    expect(titlesIn({ text: 'okafor' })).toEqual([]);
    expect(titlesIn({ text: 'whitfield' })).toEqual([]);
    expect(titlesIn({ text: 'larkspur adeyemi moreau' })).toEqual(['Interim Finance Director']);

    setup.api.updateBid(parsedUpdate(bid.id, { agency: { name: 'Marlow Partners' }, recruiter: { name: 'Sam Hughes' }, hiringManager: null }));
    expect(titlesIn({ text: 'larkspur' })).toEqual([]);
    expect(titlesIn({ text: 'adeyemi' })).toEqual([]);
    expect(titlesIn({ text: 'moreau' })).toEqual([]);
    expect(titlesIn({ text: 'marlow hughes' })).toEqual(['Interim Finance Director']);
  });

  it('treats what the user types as words, never as search syntax', () => {
    expect(toFtsQuery('ERP "migration" OR NEAR(')).toBe('"ERP"* "migration"* "OR"* "NEAR"*');
    expect(toFtsQuery('  -*()  ')).toBeNull();
    setup = tempApi();
    setup.api.createBid(parsedBid());
    expect(titlesIn({ text: '"unbalanced' })).toEqual([]);
    expect(titlesIn({ text: '*)(' })).toEqual(['Interim Finance Director']);
  });
});

interface BidAsStored {
  id: number;
  text: string;
  stage: Stage;
  priority: number;
  changedAt: number;
  archived: number;
}

describe('search over a realistic pipeline', () => {
  it('counts every lane and pages each one exactly as picking the matching bids by hand would', () => {
    setup = tempApi();
    generatePipeline(setup.database.db, { ...SAMPLE_PIPELINE, now: TEST_NOW });
    const everyBid = setup.database.sqlite
      .prepare(
        `SELECT o.id, concat_ws(' ', o.title, c.name, a.name, r.name, h.name, o.notes, o.brief_text) AS text, o.stage, o.priority,
                o.stage_changed_at AS changedAt, o.archived_at IS NOT NULL AS archived
         FROM opportunities o
         LEFT JOIN organisations c ON c.id = o.client_id
         LEFT JOIN organisations a ON a.id = o.agency_id
         LEFT JOIN contacts r ON r.id = o.recruiter_id
         LEFT JOIN contacts h ON h.id = o.hiring_manager_id`,
      )
      .all() as BidAsStored[];
    const newestFirst = (a: BidAsStored, b: BidAsStored) => b.changedAt - a.changedAt || b.id - a.id;
    const laneOrder = (a: BidAsStored, b: BidAsStored) => (isClosedStage(a.stage) ? 0 : b.priority - a.priority) || newestFirst(a, b);
    const pageSize = 3;

    for (const [word, archived] of [['transformation', false], ['transformation', true], ['erp', false], ['okafor', false], ['ashby', false]] as const) {
      const startsAWord = new RegExp(`\\b${word}`, 'i');
      const matching = everyBid.filter((bid) => Boolean(bid.archived) === archived && startsAWord.test(bid.text));
      const lanesHit = new Set(matching.map((bid) => bid.stage));
      expect(lanesHit.size, `${word} should reach several lanes for this test to mean something`).toBeGreaterThanOrEqual(3);

      const result = board({ text: word, archived }, pageSize);
      expect(result.totalMatching).toBe(matching.length);
      for (const column of result.columns) {
        const inLane = matching.filter((bid) => bid.stage === column.stage).sort(laneOrder);
        expect(column.count, `${word} in ${column.stage}`).toBe(inLane.length);
        const loaded = archived || (OPEN_STAGES as readonly Stage[]).includes(column.stage);
        expect(column.cards.map((card) => card.id)).toEqual(loaded ? inLane.slice(0, pageSize).map((bid) => bid.id) : []);
        if (inLane.length > pageSize) {
          const next = setup.api.getColumnPage({ stage: column.stage, filters: { text: word, archived }, offset: pageSize, limit: pageSize });
          expect(next.count).toBe(inLane.length);
          expect(next.cards.map((card) => card.id)).toEqual(inLane.slice(pageSize, 2 * pageSize).map((bid) => bid.id));
        }
      }
    }
  });
});
