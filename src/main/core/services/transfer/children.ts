/**
 * The join tables nested in their records, on import: the links they make, and the rows written for a record. A
 * list of links or a bid's tags belongs to its record and is written whole with it; a skills MOT's entries are
 * each merged on their own, the later `reviewedAt` winning.
 */
import { matchKey } from '../../../../shared/match-key';
import type { ChildSpec, Row, UidKind } from './kinds';

/** One MOT entry as exported. */
export interface ReviewEntry {
  skillUid: string;
  level: number;
  note: string;
  reviewedAt: number;
}

/** The links a nested value makes, each with the field it is at, for checking that they lead somewhere. */
export function childLinks(child: ChildSpec, value: unknown[]): { to: UidKind; uid: string; field: string }[] {
  if (child.shape === 'tags') return [];
  if (child.shape === 'uids') return (value as string[]).map((uid, index) => ({ to: child.to, uid, field: `${child.field}.${index}` }));
  return (value as ReviewEntry[]).map((entry, index) => ({ to: 'skills', uid: entry.skillUid, field: `${child.field}.${index}.skillUid` }));
}

/** The rows to write for one parent's nested value. */
export function childRows(child: ChildSpec, value: unknown[], parentId: number, localIdOf: (to: UidKind, uid: string) => number): Row[] {
  if (child.shape === 'tags') return (value as string[]).map((tag) => ({ [child.parentColumn]: parentId, tag, tagKey: matchKey(tag) }));
  if (child.shape === 'uids') return (value as string[]).map((uid) => ({ [child.parentColumn]: parentId, [child.itemColumn]: localIdOf(child.to, uid) }));
  return (value as ReviewEntry[]).map((entry) => ({
    [child.parentColumn]: parentId,
    skillId: localIdOf('skills', entry.skillUid),
    level: entry.level,
    note: entry.note,
    reviewedAt: entry.reviewedAt,
  }));
}
