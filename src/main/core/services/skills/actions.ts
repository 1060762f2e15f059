/** Development actions: a course, volunteering, a mentor, practice or a certification, each for one skill. */
import { eq } from 'drizzle-orm';
import type { ApiParsedInput } from '../../../../shared/contract';
import type { DevelopmentAction } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { writeTransaction } from '../../db/transactions';
import { developmentActions } from '../../db/schema';
import { notFound } from '../errors';
import { requireSkill } from './skills';

type ActionFields = Omit<ApiParsedInput<'createAction'>, 'skillId'>;

export function getAction(db: Db, actionId: number): DevelopmentAction {
  const action = db.select().from(developmentActions).where(eq(developmentActions.id, actionId)).get();
  if (!action) throw notFound('development action');
  return action;
}

/** Inserts an action for a skill known to exist; callers run it inside their write transaction. */
export function insertAction(db: Db, now: number, skillId: number, fields: ActionFields): number {
  const { kind, title, status, targetOn } = fields;
  const values = { skillId, kind, title, status, targetOn, createdAt: now, updatedAt: now };
  return db.insert(developmentActions).values(values).returning({ id: developmentActions.id }).get().id;
}

export function createAction(db: Db, now: number, input: ApiParsedInput<'createAction'>): DevelopmentAction {
  const id = writeTransaction(db, (tx) => {
    requireSkill(tx, input.skillId);
    return insertAction(tx, now, input.skillId, input);
  });
  return getAction(db, id);
}

export function updateAction(db: Db, now: number, input: ApiParsedInput<'updateAction'>): DevelopmentAction {
  writeTransaction(db, (tx) => {
    const { actionId, skillId, kind, title, status, targetOn } = input;
    requireSkill(tx, skillId);
    const updated = tx.update(developmentActions).set({ skillId, kind, title, status, targetOn, updatedAt: now }).where(eq(developmentActions.id, actionId)).run();
    if (updated.changes === 0) throw notFound('development action');
  });
  return getAction(db, input.actionId);
}

export function deleteAction(db: Db, actionId: number): { id: number } {
  const deleted = db.delete(developmentActions).where(eq(developmentActions.id, actionId)).run();
  if (deleted.changes === 0) throw notFound('development action');
  return { id: actionId };
}
