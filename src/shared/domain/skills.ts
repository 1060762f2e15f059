/** Ways to close a gap ("run a skills MOT": a course, volunteering, a mentor). */
export const ACTION_KINDS = ['course', 'volunteering', 'mentor', 'practice', 'certification'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  course: 'Course',
  volunteering: 'Volunteering',
  mentor: 'Mentor',
  practice: 'Practice',
  certification: 'Certification',
};

export const ACTION_STATUSES = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** Skill levels run 1 (aware) to 5 (expert). */
export const SKILL_LEVEL_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Aware',
  2: 'Working knowledge',
  3: 'Practitioner',
  4: 'Advanced',
  5: 'Expert',
};
