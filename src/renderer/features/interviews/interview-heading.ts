import { INTERVIEW_FORMAT_LABELS } from '../../../shared/domain';
import type { Interview } from '../../../shared/schemas';
import { formatZonedInstant } from '../../app/dates';

/** "Round 2 · 3 Mar 2026, 10:00 · Video": how an interview is named in its list and its dialogs. */
export function interviewHeading(interview: Interview): string {
  return `Round ${interview.round} · ${formatZonedInstant(interview.startsAt, interview.timeZone)} · ${INTERVIEW_FORMAT_LABELS[interview.format]}`;
}
