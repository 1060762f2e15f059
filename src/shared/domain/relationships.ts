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
