import { ACTION_KIND_LABELS, ACTION_STATUS_LABELS } from '../../../shared/domain';
import type { DevelopmentAction, Skill } from '../../../shared/schemas';
import { formatCalendarDate } from '../../app/dates';
import { levelInWords } from './skill-levels';

interface SkillCardProps {
  skill: Skill;
  onEdit: () => void;
  onDelete: () => void;
  onAddAction: () => void;
  onEditAction: (action: DevelopmentAction) => void;
  onDeleteAction: (action: DevelopmentAction) => void;
}

/** Filled and empty dots for a level, read out as the level in words. */
function LevelDots({ level }: { level: number }) {
  return (
    <span className="level-dots" aria-hidden="true">
      {[1, 2, 3, 4, 5].map((dot) => (
        <span key={dot} className={dot <= level ? 'level-dot level-dot-on' : 'level-dot'} />
      ))}
    </span>
  );
}

/** One skill: its level, evidence, when it was last reviewed, the gaps linked to it and its development actions. */
export function SkillCard({ skill, onEdit, onDelete, onAddAction, onEditAction, onDeleteAction }: SkillCardProps) {
  const headingId = `skill-${skill.id}`;
  return (
    <li className="skill-card" aria-labelledby={headingId}>
      <div className="skill-card-head">
        <h3 id={headingId}>{skill.name}</h3>
        <span className="skill-level">
          <LevelDots level={skill.level} /> {levelInWords(skill.level)}
        </span>
      </div>
      <p className="muted skill-meta">
        {skill.lastReviewedOn ? `Last reviewed ${formatCalendarDate(skill.lastReviewedOn)}` : 'Never reviewed'}
        {skill.gapCount > 0 && ` · seen in ${skill.gapCount} rejection${skill.gapCount === 1 ? '' : 's'}`}
      </p>
      {skill.evidence ? <p className="skill-evidence">{skill.evidence}</p> : <p className="muted">No evidence noted: where did you use it, and what came of it?</p>}
      {skill.actions.length > 0 && (
        <ul className="action-list" aria-label={`Actions for ${skill.name}`}>
          {skill.actions.map((action) => (
            <li key={action.id} className={`action-item action-${action.status}`}>
              <span className="action-title">{action.title}</span>
              <span className="muted">
                {ACTION_KIND_LABELS[action.kind]} · {ACTION_STATUS_LABELS[action.status]}
                {action.targetOn && ` · by ${formatCalendarDate(action.targetOn)}`}
              </span>
              <span className="action-buttons">
                <button type="button" className="link" onClick={() => onEditAction(action)} aria-label={`Edit action “${action.title}”`}>
                  Edit
                </button>
                <button type="button" className="link" onClick={() => onDeleteAction(action)} aria-label={`Delete action “${action.title}”`}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="skill-buttons">
        <button type="button" onClick={onAddAction} aria-label={`Add action for ${skill.name}`}>
          Add action…
        </button>
        <button type="button" onClick={onEdit} aria-label={`Edit ${skill.name}`}>
          Edit…
        </button>
        <button type="button" className="danger" onClick={onDelete} aria-label={`Delete ${skill.name}`}>
          Delete…
        </button>
      </div>
    </li>
  );
}
