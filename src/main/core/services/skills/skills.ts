/** Skills: the inventory the MOT reviews, each named once (two spellings of one name are one skill). */
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import { ApiError } from '../../../../shared/errors';
import { matchKey } from '../../../../shared/match-key';
import type { DevelopmentAction, Skill, SkillRef } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { developmentActions, outcomeSkillLinks, skills } from '../../db/schema';
import { localDateAt } from '../contracts/calendar-days';
import { notFound } from '../errors';

type SkillFields = Omit<ApiParsedInput<'updateSkill'>, 'skillId'>;

/** Open actions first, soonest target first; then finished and dropped ones. */
const actionOrder = [
  sql`${developmentActions.status} IN ('done', 'dropped')`,
  sql`${developmentActions.targetOn} IS NULL`,
  asc(developmentActions.targetOn),
  asc(developmentActions.id),
];

function actionsBySkill(db: Db, skillId?: number): Map<number, DevelopmentAction[]> {
  const rows = db
    .select()
    .from(developmentActions)
    .where(skillId === undefined ? undefined : eq(developmentActions.skillId, skillId))
    .orderBy(...actionOrder)
    .all();
  const bySkill = new Map<number, DevelopmentAction[]>();
  for (const row of rows) bySkill.set(row.skillId, [...(bySkill.get(row.skillId) ?? []), row]);
  return bySkill;
}

function gapCounts(db: Db, skillId?: number): Map<number, number> {
  const rows = db
    .select({ skillId: outcomeSkillLinks.skillId, gaps: count() })
    .from(outcomeSkillLinks)
    .where(skillId === undefined ? undefined : eq(outcomeSkillLinks.skillId, skillId))
    .groupBy(outcomeSkillLinks.skillId)
    .all();
  return new Map(rows.map((row) => [row.skillId, row.gaps]));
}

/** Skills by name (one skill, or all), each with its actions and how many gaps are linked to it. */
export function readSkills(db: Db, skillId?: number): Skill[] {
  const rows = db
    .select({ id: skills.id, name: skills.name, level: skills.level, evidence: skills.evidence, lastReviewedOn: skills.lastReviewedOn })
    .from(skills)
    .where(skillId === undefined ? undefined : eq(skills.id, skillId))
    .orderBy(asc(skills.nameKey))
    .all();
  const actions = actionsBySkill(db, skillId);
  const gaps = gapCounts(db, skillId);
  return rows.map((row) => ({ ...row, actions: actions.get(row.id) ?? [], gapCount: gaps.get(row.id) ?? 0 }));
}

export function getSkill(db: Db, skillId: number): Skill {
  const [skill] = readSkills(db, skillId);
  if (!skill) throw notFound('skill');
  return skill;
}

export function requireSkill(db: Db, skillId: number): void {
  if (!db.select({ id: skills.id }).from(skills).where(eq(skills.id, skillId)).get()) throw notFound('skill');
}

function refuseField(field: string, message: string, code: 'VALIDATION' | 'CONFLICT' = 'VALIDATION'): ApiError {
  return new ApiError(code, message, { [field]: message });
}

/** The columns for a skill's fields, refusing a name another skill already has and a review date still to come. */
function checkedColumns(db: Db, fields: SkillFields, now: number, skillId?: number) {
  const nameKey = matchKey(fields.name);
  const sameName = db
    .select({ name: skills.name })
    .from(skills)
    .where(skillId === undefined ? eq(skills.nameKey, nameKey) : and(eq(skills.nameKey, nameKey), ne(skills.id, skillId)))
    .get();
  if (sameName) throw refuseField('name', `You already have a skill called “${sameName.name}”`, 'CONFLICT');
  if (fields.lastReviewedOn !== null && fields.lastReviewedOn > localDateAt(now)) {
    throw refuseField('lastReviewedOn', 'Last reviewed cannot be in the future');
  }
  return { name: fields.name, nameKey, level: fields.level, evidence: fields.evidence, lastReviewedOn: fields.lastReviewedOn, updatedAt: now };
}

export function createSkill(db: Db, now: number, input: ApiParsedInput<'createSkill'>): Skill {
  const id = writeTransaction(db, (tx) => {
    const columns = checkedColumns(tx, input, now);
    return tx.insert(skills).values({ ...columns, createdAt: now }).returning({ id: skills.id }).get().id;
  });
  return getSkill(db, id);
}

export function updateSkill(db: Db, now: number, input: ApiParsedInput<'updateSkill'>): Skill {
  writeTransaction(db, (tx) => {
    const { skillId, ...fields } = input;
    requireSkill(tx, skillId);
    tx.update(skills).set(checkedColumns(tx, fields, now, skillId)).where(eq(skills.id, skillId)).run();
  });
  return getSkill(db, input.skillId);
}

export function deleteSkill(db: Db, skillId: number): { id: number } {
  const deleted = db.delete(skills).where(eq(skills.id, skillId)).run();
  if (deleted.changes === 0) throw notFound('skill');
  return { id: skillId };
}

/** The id of a skill picked, or of the one typed in: an existing skill of that name is reused, its level kept. */
export function resolveSkill(db: Db, ref: SkillRef, now: number): number {
  if ('id' in ref) {
    requireSkill(db, ref.id);
    return ref.id;
  }
  const nameKey = matchKey(ref.name);
  const existing = db.select({ id: skills.id }).from(skills).where(eq(skills.nameKey, nameKey)).get();
  if (existing) return existing.id;
  const values = { name: ref.name, nameKey, level: ref.level, evidence: '', lastReviewedOn: null, createdAt: now, updatedAt: now };
  return db.insert(skills).values(values).returning({ id: skills.id }).get().id;
}
