/**
 * Gaps seen in rejections: outcomes with at least one reason that points at something to develop (a skills or
 * experience gap, a missing qualification, preparation, interview performance, or a user's reason marked so).
 * Only recorded outcomes appear: nothing is inferred from a bid's stage alone.
 */
import { and, asc, countDistinct, desc, eq, exists, inArray, type SQL } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { DevelopmentAction, SkillGap, SkillGaps } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { readTransaction, writeTransaction } from '../../db/transactions';
import { opportunities, outcomeReasons, outcomeSkillLinks, rejectionOutcomes, rejectionReasons, skills } from '../../db/schema';
import { clientOrg } from '../board/cards';
import { notFound } from '../errors';
import { getAction, insertAction } from './actions';
import { excerpt } from './excerpt';
import { resolveSkill } from './skills';

const FEEDBACK_EXCERPT_CHARS = 240;

function pointsAtGap(db: Db): SQL {
  return exists(
    db
      .select({ one: outcomeReasons.outcomeId })
      .from(outcomeReasons)
      .innerJoin(rejectionReasons, eq(rejectionReasons.id, outcomeReasons.reasonId))
      .where(and(eq(outcomeReasons.outcomeId, rejectionOutcomes.id), eq(rejectionReasons.pointsAtGap, true))),
  );
}

function reasonsOf(db: Db, outcomeIds: number[]) {
  return db
    .select({ outcomeId: outcomeReasons.outcomeId, id: rejectionReasons.id, label: rejectionReasons.label, pointsAtGap: rejectionReasons.pointsAtGap })
    .from(outcomeReasons)
    .innerJoin(rejectionReasons, eq(rejectionReasons.id, outcomeReasons.reasonId))
    .where(inArray(outcomeReasons.outcomeId, outcomeIds))
    .orderBy(asc(rejectionReasons.id))
    .all();
}

function skillsOf(db: Db, outcomeIds: number[]) {
  return db
    .select({ outcomeId: outcomeSkillLinks.outcomeId, id: skills.id, name: skills.name })
    .from(outcomeSkillLinks)
    .innerJoin(skills, eq(skills.id, outcomeSkillLinks.skillId))
    .where(inArray(outcomeSkillLinks.outcomeId, outcomeIds))
    .orderBy(asc(skills.nameKey))
    .all();
}

function groupBy<T extends { outcomeId: number }>(rows: T[]): Map<number, Omit<T, 'outcomeId'>[]> {
  const grouped = new Map<number, Omit<T, 'outcomeId'>[]>();
  for (const { outcomeId, ...rest } of rows) grouped.set(outcomeId, [...(grouped.get(outcomeId) ?? []), rest]);
  return grouped;
}

/** Gap outcomes matching `where`, newest first, with their bids, reasons and linked skills. */
function readGaps(db: Db, where: SQL | undefined, limit: number): SkillGap[] {
  const rows = db
    .select({
      outcomeId: rejectionOutcomes.id,
      bidId: opportunities.id,
      title: opportunities.title,
      client: clientOrg.name,
      closedAs: rejectionOutcomes.closedAs,
      closedOn: rejectionOutcomes.closedOn,
      stageReached: rejectionOutcomes.stageReached,
      feedbackText: rejectionOutcomes.feedbackText,
      lesson: rejectionOutcomes.lesson,
    })
    .from(rejectionOutcomes)
    .innerJoin(opportunities, eq(opportunities.id, rejectionOutcomes.opportunityId))
    .leftJoin(clientOrg, eq(clientOrg.id, opportunities.clientId))
    .where(and(pointsAtGap(db), where))
    .orderBy(desc(rejectionOutcomes.closedOn), desc(rejectionOutcomes.id))
    .limit(limit)
    .all();
  const ids = rows.map((row) => row.outcomeId);
  const reasons = groupBy(reasonsOf(db, ids));
  const linked = groupBy(skillsOf(db, ids));
  return rows.map((row) => ({
    outcomeId: row.outcomeId,
    bid: { id: row.bidId, title: row.title, client: row.client },
    closedAs: row.closedAs,
    closedOn: row.closedOn,
    stageReached: row.stageReached,
    reasons: reasons.get(row.outcomeId) ?? [],
    feedbackExcerpt: excerpt(row.feedbackText, FEEDBACK_EXCERPT_CHARS),
    lesson: row.lesson,
    skills: linked.get(row.outcomeId) ?? [],
  }));
}

export function listSkillGaps(db: Db, input: ApiParsedInput<'listSkillGaps'>): SkillGaps {
  return readTransaction(db, (tx) => {
    // Counted from the reasons' side: the gap reasons' index leads to their outcomes without visiting every outcome.
    const gapReasons = tx.select({ id: rejectionReasons.id }).from(rejectionReasons).where(eq(rejectionReasons.pointsAtGap, true));
    const total = tx
      .select({ total: countDistinct(outcomeReasons.outcomeId) })
      .from(outcomeReasons)
      .where(inArray(outcomeReasons.reasonId, gapReasons))
      .get();
    return { gaps: readGaps(tx, undefined, input.limit), total: total?.total ?? 0 };
  });
}

/** One gap; an outcome whose reasons point at no gap is refused, so links are only ever made to real gaps. */
function getGap(db: Db, outcomeId: number): SkillGap {
  const [gap] = readGaps(db, eq(rejectionOutcomes.id, outcomeId), 1);
  if (gap) return gap;
  if (!db.select({ id: rejectionOutcomes.id }).from(rejectionOutcomes).where(eq(rejectionOutcomes.id, outcomeId)).get()) throw notFound('rejection');
  throw new ApiError('CONFLICT', 'None of this rejection’s reasons points at a gap, so there is nothing to link to a skill.');
}

/**
 * A gap's links to skills belong to its outcome: making or removing one is a change to the outcome, so its
 * `updated_at` moves with it and an import elsewhere carries the links with the outcome.
 */
function touchOutcome(db: Db, outcomeId: number, now: number): void {
  db.update(rejectionOutcomes).set({ updatedAt: now }).where(eq(rejectionOutcomes.id, outcomeId)).run();
}

function link(db: Db, outcomeId: number, skillId: number, now: number): void {
  if (db.insert(outcomeSkillLinks).values({ outcomeId, skillId }).onConflictDoNothing().run().changes > 0) touchOutcome(db, outcomeId, now);
}

export function linkGapToSkill(db: Db, now: number, input: ApiParsedInput<'linkGapToSkill'>): SkillGap {
  writeTransaction(db, (tx) => {
    getGap(tx, input.outcomeId);
    link(tx, input.outcomeId, resolveSkill(tx, input.skill, now), now);
  });
  return getGap(db, input.outcomeId);
}

export function unlinkGapFromSkill(db: Db, now: number, input: ApiParsedInput<'unlinkGapFromSkill'>): SkillGap {
  writeTransaction(db, (tx) => {
    const removed = tx
      .delete(outcomeSkillLinks)
      .where(and(eq(outcomeSkillLinks.outcomeId, input.outcomeId), eq(outcomeSkillLinks.skillId, input.skillId)))
      .run();
    if (removed.changes > 0) touchOutcome(tx, input.outcomeId, now);
  });
  return getGap(db, input.outcomeId);
}

export function createActionFromGap(db: Db, now: number, input: ApiParsedInput<'createActionFromGap'>): { gap: SkillGap; action: DevelopmentAction } {
  const actionId = writeTransaction(db, (tx) => {
    getGap(tx, input.outcomeId);
    const skillId = resolveSkill(tx, input.skill, now);
    link(tx, input.outcomeId, skillId, now);
    return insertAction(tx, now, skillId, input);
  });
  return { gap: getGap(db, input.outcomeId), action: getAction(db, actionId) };
}
