/** The skills MOT: skills with a level and evidence, actions to develop them, reviews, and gaps seen in rejections. */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACTION_KINDS, ACTION_STATUSES } from '../../../../shared/domain';
import { inList } from './checks';
import { recordUid } from './identity';
import { rejectionOutcomes } from './rejections';

export const skills = sqliteTable(
  'skills',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    name: text('name').notNull(),
    /** `matchKey(name)`: one skill in two spellings is one skill. */
    nameKey: text('name_key').notNull(),
    level: integer('level').notNull(),
    evidence: text('evidence').notNull().default(''),
    lastReviewedOn: text('last_reviewed_on'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('skills_uid_unique').on(table.uid),uniqueIndex('skills_name_key_unique').on(table.nameKey), check('skills_level_check', sql`level BETWEEN 1 AND 5`)],
);

export const developmentActions = sqliteTable(
  'development_actions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ACTION_KINDS }).notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: ACTION_STATUSES }).notNull(),
    targetOn: text('target_on'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (table) => [
    uniqueIndex('development_actions_uid_unique').on(table.uid),
    index('development_actions_skill_idx').on(table.skillId),
    check('development_actions_kind_check', inList('kind', ACTION_KINDS)),
    check('development_actions_status_check', inList('status', ACTION_STATUSES)),
  ],
);

/** A gap seen in a rejection, linked by the user to the skill it is about. */
export const outcomeSkillLinks = sqliteTable(
  'outcome_skill_links',
  {
    outcomeId: integer('outcome_id')
      .notNull()
      .references(() => rejectionOutcomes.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
  },
  (table) => [primaryKey({ columns: [table.outcomeId, table.skillId] }), index('outcome_skill_links_skill_idx').on(table.skillId)],
);

/** One MOT: a walk through every skill, started and (once every skill is seen) finished. */
export const skillReviews = sqliteTable(
  'skill_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    uid: recordUid(),
    startedAt: integer('started_at').notNull(),
    finishedAt: integer('finished_at'),
    /** A review changes once, when it is finished; its entries carry their own times. */
    updatedAt: integer('updated_at').generatedAlwaysAs(sql`coalesce(finished_at, started_at)`, { mode: 'virtual' }),
  },
  (table) => [uniqueIndex('skill_reviews_uid_unique').on(table.uid)],
);

/** What one MOT recorded for one skill: the level then, and a note. */
export const skillReviewEntries = sqliteTable(
  'skill_review_entries',
  {
    reviewId: integer('review_id')
      .notNull()
      .references(() => skillReviews.id, { onDelete: 'cascade' }),
    skillId: integer('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    level: integer('level').notNull(),
    note: text('note').notNull().default(''),
    reviewedAt: integer('reviewed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.reviewId, table.skillId] }), check('skill_review_entries_level_check', sql`level BETWEEN 1 AND 5`)],
);
