/**
 * The token a preview gives and a commit must bring back, for every import format: the fingerprint of the file,
 * then that of everything the import decided (choices and what each record will do). A commit of another file is
 * told apart from one whose data or choices changed since.
 */
import { createHash } from 'node:crypto';
import { ApiError } from '../../../../shared/errors';

/** Half of a SHA-256 in hex: plenty to tell one file or plan from another. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** "file.plan": what `commitImport` must bring back to apply exactly this preview. */
export function previewToken(fileDigest: string, planText: string): string {
  return `${fileDigest}.${fingerprint(planText)}`;
}

/** Refuses a commit whose token was given for another file, or for this one before it changed. */
export function refuseAnotherFile(token: string, fileDigest: string): void {
  if (token.split('.')[0] !== fileDigest) {
    throw new ApiError('CONFLICT', 'This is not the file that was previewed, or it has changed since. Preview it again, then import. Nothing was imported.');
  }
}
