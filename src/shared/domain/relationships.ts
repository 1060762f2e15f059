/** Relationships: the people behind the bids, and each time the user was in touch with them. */

/** What a contact is to the user (DOMAIN.md). */
export const CONTACT_KINDS = ['recruiter', 'hiring_manager', 'decision_maker', 'peer', 'mentor', 'referee'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  recruiter: 'Recruiter',
  hiring_manager: 'Hiring manager',
  decision_maker: 'Decision maker',
  peer: 'Peer',
  mentor: 'Mentor',
  referee: 'Referee',
};

/** How the user was in touch. */
export const INTERACTION_CHANNELS = ['call', 'email', 'meeting', 'coffee', 'message', 'event'] as const;
export type InteractionChannel = (typeof INTERACTION_CHANNELS)[number];
export const INTERACTION_CHANNEL_LABELS: Record<InteractionChannel, string> = {
  call: 'Call',
  email: 'Email',
  meeting: 'Meeting',
  coffee: 'Coffee',
  message: 'Message',
  event: 'Event',
};

/** Why a reminder exists: each rule's kind (DOMAIN.md's list, with the rules of the reminders issue), or one the user set. */
export const REMINDER_KINDS = [
  'keep_in_touch',
  'thank_you',
  'feedback_follow_up',
  'door_open',
  'interview_prep',
  'self_assessment',
  'pipeline_cover',
  'skills_mot',
  'gone_quiet',
  'manual',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

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

/** Open until done, or dismissed (a deleted rule-made reminder is kept as dismissed, so that it never comes back). */
export const REMINDER_STATUSES = ['open', 'done', 'dismissed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];
export const REMINDER_STATUS_LABELS: Record<ReminderStatus, string> = { open: 'Open', done: 'Done', dismissed: 'Dismissed' };

/** Days between keep-in-touch reminders when the contact sets none: key partners, then recruiters; others get none. */
export const KEEP_IN_TOUCH_DAYS = { keyPartner: 30, recruiter: 60 } as const;
