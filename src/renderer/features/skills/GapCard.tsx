import { STAGE_LABELS } from '../../../shared/domain';
import type { SkillGap } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { useBidPanel } from '../../app/bid-panel';
import { formatCalendarDate } from '../../app/dates';
import { useToasts } from '../toasts/toasts';
import { useRefreshSkills } from './skills-queries';

interface GapCardProps {
  gap: SkillGap;
  onLink: () => void;
  onCreateAction: () => void;
}

/** One rejection that pointed at a gap: the bid (a click opens it), why it was lost, what they said, the skills it is about. */
export function GapCard({ gap, onLink, onCreateAction }: GapCardProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshSkills();
  const { openBid } = useBidPanel();
  const headingId = `gap-${gap.outcomeId}`;

  const failed = (error: unknown) => toasts.show(failureMessage(error, 'That rejection or skill no longer exists.'), { tone: 'error' });
  const relink = (skillId: number) => void api.linkGapToSkill({ outcomeId: gap.outcomeId, skill: { id: skillId } }).then(refresh, failed);

  const unlink = async (skill: { id: number; name: string }) => {
    try {
      await api.unlinkGapFromSkill({ outcomeId: gap.outcomeId, skillId: skill.id });
      await refresh();
      toasts.show(`Unlinked “${skill.name}” from “${gap.bid.title}”.`, { action: { label: 'Undo', run: () => relink(skill.id) } });
    } catch (error) {
      failed(error);
    }
  };

  return (
    <li className="gap-card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <button type="button" className="link" onClick={() => openBid(gap.bid.id)}>
          {gap.bid.title}
        </button>
        {gap.bid.client && <span className="muted"> · {gap.bid.client}</span>}
      </h4>
      <p className="muted gap-when">
        {STAGE_LABELS[gap.closedAs]} on {formatCalendarDate(gap.closedOn)}, after reaching {STAGE_LABELS[gap.stageReached]}
      </p>
      <ul className="reason-chips" aria-label="Reasons">
        {gap.reasons.map((reason) => (
          <li key={reason.id} className={reason.pointsAtGap ? 'reason-chip reason-chip-gap' : 'reason-chip'}>
            {reason.label}
            {reason.pointsAtGap && <span className="visually-hidden"> (a gap)</span>}
          </li>
        ))}
      </ul>
      {gap.feedbackExcerpt && <blockquote className="gap-feedback">“{gap.feedbackExcerpt}”</blockquote>}
      {gap.lesson && <p className="gap-lesson">Lesson: {gap.lesson}</p>}
      <div className="gap-skills">
        {gap.skills.length === 0 ? (
          <span className="muted">Not linked to a skill yet.</span>
        ) : (
          <ul className="skill-chips" aria-label="Linked skills">
            {gap.skills.map((skill) => (
              <li key={skill.id} className="skill-chip">
                {skill.name}
                <button type="button" className="chip-remove" aria-label={`Unlink “${skill.name}”`} onClick={() => void unlink(skill)}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="gap-actions">
        <button type="button" onClick={onLink}>
          Link to a skill…
        </button>
        <button type="button" onClick={onCreateAction}>
          Create an action…
        </button>
      </div>
    </li>
  );
}
