import type { SkillsOverview } from '../../../shared/schemas';

/** Where the skills MOT stands: never run, due (over a year ago), run recently, or under way. */
export interface MotStatus {
  kind: 'none-yet' | 'due' | 'recent' | 'in-progress';
  /** Skills reviewed in the MOT under way, or in the last one. */
  reviewed: number;
  total: number;
}

export function motStatus(overview: SkillsOverview): MotStatus {
  const total = overview.skills.length;
  if (overview.openReview) {
    // Entries of skills deleted since do not count towards this MOT's progress.
    const current = new Set(overview.skills.map((skill) => skill.id));
    return { kind: 'in-progress', reviewed: overview.openReview.entries.filter((entry) => current.has(entry.skillId)).length, total };
  }
  if (!overview.lastReview) return { kind: 'none-yet', reviewed: 0, total };
  return { kind: overview.reviewDue ? 'due' : 'recent', reviewed: overview.lastReview.skillsReviewed, total };
}
