/** How an interview is held. */
export const INTERVIEW_FORMATS = ['phone', 'video', 'on_site', 'panel', 'presentation', 'psychometric_test'] as const;
export type InterviewFormat = (typeof INTERVIEW_FORMATS)[number];
export const INTERVIEW_FORMAT_LABELS: Record<InterviewFormat, string> = {
  phone: 'Phone',
  video: 'Video',
  on_site: 'On site',
  panel: 'Panel',
  presentation: 'Presentation',
  psychometric_test: 'Psychometric test',
};

/** "Treat an interim interview like a perm interview": what preparing well means, as a new interview's checklist. */
export const DEFAULT_INTERVIEW_PREP = [
  'Research the organisation, its sector and its news',
  'Reread the brief and the CV that was sent',
  'Prepare an example for each requirement: situation, action, result',
  'Know why the role exists now and what success looks like',
  'Prepare questions to ask them',
  'Check the format, who will be there and the time',
] as const;

/** Ratings run 1 (went badly, or negative feedback) to 5 (went very well, or very positive feedback). */
export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];
export const SELF_RATING_LABELS: Record<Rating, string> = {
  1: 'Went badly',
  2: 'Went less well than hoped',
  3: 'Went all right',
  4: 'Went well',
  5: 'Went very well',
};
export const FEEDBACK_RATING_LABELS: Record<Rating, string> = {
  1: 'Negative',
  2: 'Mostly negative',
  3: 'Mixed',
  4: 'Mostly positive',
  5: 'Very positive',
};
