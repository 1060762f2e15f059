import type { SkillsOverview } from '../../../shared/schemas';
import { formatDayOf } from '../../app/dates';
import { motStatus } from './mot-status';

/** When the last MOT was, whether one is due, and the button to start (or continue) this year's. */
export function MotBanner({ overview, onStart, starting }: { overview: SkillsOverview; onStart: () => void; starting: boolean }) {
  const status = motStatus(overview);
  const last = overview.lastReview ? formatDayOf(overview.lastReview.finishedAt) : '';
  const sentence = {
    'none-yet': 'No skills MOT yet. Every year or so, review each skill’s level and evidence, and what to develop next.',
    due: `Your last skills MOT was on ${last}: over a year ago, so one is due.`,
    recent: `Your last skills MOT was on ${last} (${status.reviewed} skill${status.reviewed === 1 ? '' : 's'} reviewed).`,
    'in-progress': `This year’s MOT is under way: ${status.reviewed} of ${status.total} skills reviewed.`,
  }[status.kind];
  const attention = status.kind === 'due' || status.kind === 'none-yet' || status.kind === 'in-progress';
  return (
    <section className={`mot-banner${attention ? ' mot-banner-due' : ''}`} aria-label="Skills MOT">
      <p>{sentence}</p>
      <button type="button" className={attention ? 'primary' : ''} onClick={onStart} disabled={starting} aria-busy={starting}>
        {status.kind === 'in-progress' ? 'Continue the MOT' : 'Start this year’s MOT'}
      </button>
    </section>
  );
}
