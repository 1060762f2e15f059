/**
 * Hand-built pipelines for the Insights tests: bids with exactly the stage history, dates, outcomes, interviews
 * and contracts a test names, written straight into the tables, so that each chart's right answer is known.
 */
import { eq } from 'drizzle-orm';
import type { BuiltInReasonCode, Engagement, OpenStage, ReasonControl, Source, Stage } from '../../../shared/domain';
import { apiContract } from '../../../shared/contract';
import { matchKey } from '../../../shared/match-key';
import type { InsightFilters, InsightPoint } from '../../../shared/schemas';
import type { Db } from '../db/open';
import { contracts, interviews, opportunities, organisations, outcomeReasons, rejectionOutcomes, rejectionReasons, stageEvents } from '../db/schema';
import { tempApi, TEST_NOW } from './temp-database';

export const DAY = 86_400_000;

export interface BidSpec {
  title?: string;
  /** Every stage the bid entered, in order; the first is where it was created. */
  path?: Stage[];
  /** Days before TEST_NOW the bid was created; by default, just early enough for its path to end a day ago. */
  createdDaysAgo?: number;
  /** Days between one move and the next. */
  daysPerStage?: number;
  /** An agency's name, or null for a direct bid. */
  agency?: string | null;
  client?: string | null;
  source?: Source;
  engagement?: Engagement;
  briefCompleteness?: number;
  archived?: boolean;
}

export interface OutcomeSpec {
  /** Built-in reason codes, or ids of the user's own reasons. */
  reasons?: (BuiltInReasonCode | number)[];
  stageReached?: OpenStage;
}

export interface InterviewSpec {
  self: number | null;
  feedback: number | null;
  daysAgo?: number;
  round?: number;
}

export function insightsData(db: Db) {
  const organisationIds = new Map<string, number>();
  function organisation(name: string, kind: 'agency' | 'client'): number {
    const known = organisationIds.get(name);
    if (known !== undefined) return known;
    const row = db.insert(organisations).values({ name, nameKey: matchKey(name), kind, createdAt: TEST_NOW, updatedAt: TEST_NOW }).returning({ id: organisations.id }).get();
    organisationIds.set(name, row.id);
    return row.id;
  }
  const reasonIdByCode = (code: BuiltInReasonCode) => db.select({ id: rejectionReasons.id }).from(rejectionReasons).where(eq(rejectionReasons.code, code)).get()?.id as number;

  return {
    organisation,

    /** A bid and its stage events, the last one `daysPerStage` after the one before, ending at least a day ago. */
    bid(spec: BidSpec = {}): number {
      const path = spec.path ?? ['lead'];
      const daysPerStage = spec.daysPerStage ?? 1;
      const createdAt = TEST_NOW - (spec.createdDaysAgo ?? path.length * daysPerStage + 1) * DAY;
      const lastAt = createdAt + (path.length - 1) * daysPerStage * DAY;
      const agency = spec.agency === undefined ? 'Blue Quay Interim' : spec.agency;
      const { id } = db
        .insert(opportunities)
        .values({
          title: spec.title ?? 'Interim Finance Director',
          clientId: spec.client === null ? null : organisation(spec.client ?? 'Northbridge Logistics', 'client'),
          agencyId: agency === null ? null : organisation(agency, 'agency'),
          source: spec.source ?? (agency === null ? 'network' : 'agency'),
          engagement: spec.engagement ?? 'interim',
          stage: path[path.length - 1] as Stage,
          briefChecklist: [],
          briefCompleteness: spec.briefCompleteness ?? 50,
          stageChangedAt: lastAt,
          createdAt,
          updatedAt: lastAt,
          archivedAt: spec.archived ? lastAt : null,
        })
        .returning({ id: opportunities.id })
        .get();
      db.insert(stageEvents)
        .values(path.map((to, index) => ({ opportunityId: id, fromStage: index === 0 ? null : (path[index - 1] as Stage), toStage: to, at: createdAt + index * daysPerStage * DAY })))
        .run();
      return id;
    },

    /** Moves a bid on: one more stage event, `days` after its latest. */
    move(bidId: number, to: Stage, days = 1): void {
      const latest = db.select().from(stageEvents).where(eq(stageEvents.opportunityId, bidId)).all().at(-1);
      if (!latest) throw new Error(`Bid ${bidId} has no stage events`);
      const at = latest.at + days * DAY;
      db.insert(stageEvents).values({ opportunityId: bidId, fromStage: latest.toStage, toStage: to, at }).run();
      db.update(opportunities).set({ stage: to, stageChangedAt: at, updatedAt: at }).where(eq(opportunities.id, bidId)).run();
    },

    /** The rejection outcome of a bid closed by its latest move. */
    outcome(bidId: number, spec: OutcomeSpec = {}): number {
      const closing = db.select().from(stageEvents).where(eq(stageEvents.opportunityId, bidId)).all().at(-1);
      if (!closing) throw new Error(`Bid ${bidId} has no stage events`);
      const { id } = db
        .insert(rejectionOutcomes)
        .values({
          opportunityId: bidId,
          closingEventId: closing.id,
          closedAs: closing.toStage as 'rejected',
          stageReached: spec.stageReached ?? (closing.fromStage as Stage),
          closedOn: new Date(closing.at).toISOString().slice(0, 10),
          createdAt: closing.at,
          updatedAt: closing.at,
        })
        .returning({ id: rejectionOutcomes.id })
        .get();
      const reasonIds = (spec.reasons ?? []).map((reason) => (typeof reason === 'number' ? reason : reasonIdByCode(reason)));
      if (reasonIds.length > 0) db.insert(outcomeReasons).values(reasonIds.map((reasonId) => ({ outcomeId: id, reasonId }))).run();
      return id;
    },

    /** A reason of the user's own. */
    reason(label: string, control: ReasonControl): number {
      return db.insert(rejectionReasons).values({ label, labelKey: matchKey(label), control, createdAt: TEST_NOW }).returning({ id: rejectionReasons.id }).get().id;
    },

    interview(bidId: number, spec: InterviewSpec): number {
      const startsAt = TEST_NOW - (spec.daysAgo ?? 3) * DAY;
      return db
        .insert(interviews)
        .values({
          opportunityId: bidId,
          round: spec.round ?? 1,
          startsAt,
          timeZone: 'Europe/London',
          format: 'video',
          prepChecklist: [],
          selfRating: spec.self,
          selfAssessedAt: spec.self === null ? null : startsAt + 3_600_000,
          feedbackRating: spec.feedback,
          createdAt: startsAt,
          updatedAt: startsAt,
        })
        .returning({ id: interviews.id })
        .get().id;
    },

    /** A contract on a won bid (one is created, Won, when none is given). */
    contract(startOn: string, plannedEndOn: string, actualEndOn: string | null = null, bidId?: number): number {
      const opportunityId = bidId ?? this.bid({ title: `Contract from ${startOn}`, path: ['lead', 'won'] });
      return db.insert(contracts).values({ opportunityId, startOn, plannedEndOn, actualEndOn, createdAt: TEST_NOW, updatedAt: TEST_NOW }).returning({ id: contracts.id }).get().id;
    },
  };
}

export type InsightsData = ReturnType<typeof insightsData>;

/** An empty database with the builder above and the two Insights calls, parsed as the transport would parse them. */
export function insightsTestbed() {
  const { api, temp, database, clock } = tempApi();
  return {
    data: insightsData(database.db),
    clock,
    /** The sample pipeline that "Load sample data" writes. */
    load: () => api.loadSampleData(undefined),
    insights: (filters: InsightFilters = {}) => api.getInsights(apiContract.getInsights.input.parse({ filters })),
    bids: (point: InsightPoint, filters: InsightFilters = {}) => api.getInsightBids(apiContract.getInsightBids.input.parse({ filters, point })),
    remove: () => temp.remove(),
  };
}
