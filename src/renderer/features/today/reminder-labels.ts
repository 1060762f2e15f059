import type { ReminderKind } from '../../../shared/domain';

/** What each kind of reminder is, in a word or two, shown above its title. */
export const REMINDER_KIND_LABELS: Record<ReminderKind, string> = {
  keep_in_touch: 'Keep in touch',
  thank_you: 'Thank-you',
  feedback_follow_up: 'Feedback follow-up',
  door_open: 'Door open',
  interview_prep: 'Interview preparation',
  self_assessment: 'Self-assessment',
  pipeline_cover: 'Pipeline cover',
  skills_mot: 'Skills MOT',
  gone_quiet: 'Gone quiet',
  manual: 'Your reminder',
};
