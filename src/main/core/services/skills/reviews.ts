/**
 * The skills MOT ("run a skills MOT every year or so"): a review started, each skill recorded once with its level
 * then and a note (which also updates the skill and stamps it reviewed today), and finished once every skill is seen.
 */
import { asc, count, desc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import type { SkillReview, SkillsOverview } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { readTransaction, writeTransaction } from '../../db/transactions';
import { skillReviewEntries, skillReviews, skills } from '../../db/schema';
import { localDateAt, sameDateLastYear } from '../contracts/calendar-days';
import { notFound } from '../errors';
import { readSkills, requireSkill } from './skills';

function getReview(db: Db, reviewId: number): SkillReview {
  const review = db.select({ id: skillReviews.id, startedAt: skillReviews.startedAt, finishedAt: skillReviews.finishedAt }).from(skillReviews).where(eq(skillReviews.id, reviewId)).get();
  if (!review) throw notFound('skills MOT');
  const entries = db
    .select({ skillId: skillReviewEntries.skillId, level: skillReviewEntries.level, note: skillReviewEntries.note, reviewedAt: skillReviewEntries.reviewedAt })
    .from(skillReviewEntries)
    .where(eq(skillReviewEntries.reviewId, reviewId))
    .orderBy(asc(skillReviewEntries.reviewedAt), asc(skillReviewEntries.skillId))
    .all();
  return { ...review, entries };
}

function openReviewId(db: Db): number | undefined {
  return db.select({ id: skillReviews.id }).from(skillReviews).where(isNull(skillReviews.finishedAt)).orderBy(desc(skillReviews.id)).get()?.id;
}

/** Starts an MOT, or hands back the one in progress: there is never more than one open. */
export function startSkillReview(db: Db, now: number): SkillReview {
  const id = writeTransaction(db, (tx) => {
    const open = openReviewId(tx);
    if (open !== undefined) return open;
    if (!tx.select({ id: skills.id }).from(skills).limit(1).get()) {
      throw new ApiError('CONFLICT', 'Add your skills first: an MOT reviews each of them in turn.');
    }
    return tx.insert(skillReviews).values({ startedAt: now }).returning({ id: skillReviews.id }).get().id;
  });
  return getReview(db, id);
}

function requireOpenReview(db: Db, reviewId: number): void {
  const review = db.select({ finishedAt: skillReviews.finishedAt }).from(skillReviews).where(eq(skillReviews.id, reviewId)).get();
  if (!review) throw notFound('skills MOT');
  if (review.finishedAt !== null) throw new ApiError('CONFLICT', 'This MOT is finished. Start a new one to review your skills again.');
}

/** Records (or, going back, re-records) one skill in an open MOT, and sets the skill's level and review date. */
export function recordSkillReview(db: Db, now: number, input: ApiParsedInput<'recordSkillReview'>): SkillReview {
  writeTransaction(db, (tx) => {
    requireOpenReview(tx, input.reviewId);
    requireSkill(tx, input.skillId);
    const entry = { level: input.level, note: input.note, reviewedAt: now };
    tx.insert(skillReviewEntries)
      .values({ reviewId: input.reviewId, skillId: input.skillId, ...entry })
      .onConflictDoUpdate({ target: [skillReviewEntries.reviewId, skillReviewEntries.skillId], set: entry })
      .run();
    tx.update(skills).set({ level: input.level, lastReviewedOn: localDateAt(now), updatedAt: now }).where(eq(skills.id, input.skillId)).run();
  });
  return getReview(db, input.reviewId);
}

/** Finishes an MOT once every skill has an entry in it; finishing one already finished changes nothing. */
export function finishSkillReview(db: Db, now: number, reviewId: number): SkillReview {
  writeTransaction(db, (tx) => {
    const review = tx.select({ finishedAt: skillReviews.finishedAt }).from(skillReviews).where(eq(skillReviews.id, reviewId)).get();
    if (!review) throw notFound('skills MOT');
    if (review.finishedAt !== null) return;
    const seen = tx.select({ skillId: skillReviewEntries.skillId }).from(skillReviewEntries).where(eq(skillReviewEntries.reviewId, reviewId));
    const unseen = tx.select({ name: skills.name }).from(skills).where(notInArray(skills.id, seen)).orderBy(asc(skills.nameKey)).all();
    if (unseen.length > 0) {
      const named = unseen.slice(0, 3).map((skill) => `“${skill.name}”`);
      const names = unseen.length > 3 ? `${named.join(', ')} and ${unseen.length - 3} more` : named.join(', ');
      const what = unseen.length === 1 ? '1 skill is' : `${unseen.length} skills are`;
      throw new ApiError('CONFLICT', `${what} not reviewed in this MOT yet: ${names}. Review ${unseen.length === 1 ? 'it' : 'them'} to finish.`);
    }
    tx.update(skillReviews).set({ finishedAt: now }).where(eq(skillReviews.id, reviewId)).run();
  });
  return getReview(db, reviewId);
}

function lastFinishedReview(db: Db): SkillsOverview['lastReview'] {
  const review = db
    .select({ id: skillReviews.id, finishedAt: skillReviews.finishedAt, skillsReviewed: count(skillReviewEntries.skillId) })
    .from(skillReviews)
    .leftJoin(skillReviewEntries, eq(skillReviewEntries.reviewId, skillReviews.id))
    .where(isNotNull(skillReviews.finishedAt))
    .groupBy(skillReviews.id)
    .orderBy(desc(skillReviews.finishedAt), desc(skillReviews.id))
    .get();
  return review && review.finishedAt !== null ? { id: review.id, finishedAt: review.finishedAt, skillsReviewed: review.skillsReviewed } : null;
}

/** The Skills page's data: skills with their actions, the last MOT, whether one is due (over a year), one in progress. */
export function getSkills(db: Db, now: number): SkillsOverview {
  return readTransaction(db, (tx) => {
    const all = readSkills(tx);
    const lastReview = lastFinishedReview(tx);
    const yearAgo = sameDateLastYear(localDateAt(now));
    const reviewDue = all.length > 0 && (!lastReview || localDateAt(lastReview.finishedAt) <= yearAgo);
    const open = openReviewId(tx);
    return { skills: all, lastReview, reviewDue, openReview: open === undefined ? null : getReview(tx, open) };
  });
}
