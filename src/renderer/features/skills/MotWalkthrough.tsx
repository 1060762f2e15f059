import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Skill, SkillReview } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { formatCalendarDate } from '../../app/dates';
import { Dialog } from '../../components/Dialog';
import { useToasts } from '../toasts/toasts';
import { levelInWords, SKILL_LEVELS } from './skill-levels';
import { useRefreshSkills } from './skills-queries';

/** Where to pick up: the first skill this MOT has not seen yet, or the last one if it has seen them all. */
function firstUnreviewed(skills: readonly Skill[], review: SkillReview): number {
  const index = skills.findIndex((skill) => !review.entries.some((entry) => entry.skillId === skill.id));
  return index === -1 ? Math.max(0, skills.length - 1) : index;
}

interface StepProps {
  skill: Skill;
  entry: SkillReview['entries'][number] | undefined;
  position: number;
  total: number;
  last: boolean;
  busy: boolean;
  onBack: (() => void) | null;
  onSave: (level: number, note: string) => void;
}

/** One skill of the MOT: its level today (arrows or the keys 1 to 5), a note, then on to the next. */
function MotStep({ skill, entry, position, total, last, busy, onBack, onSave }: StepProps) {
  const [level, setLevel] = useState(entry?.level ?? skill.level);
  const [note, setNote] = useState(entry?.note ?? '');
  const stepRef = useRef<HTMLDivElement>(null);
  // Each step starts on its chosen level, so the arrow keys change it at once (the dialog does so for the first).
  useEffect(() => stepRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus(), []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof HTMLTextAreaElement || event.ctrlKey || event.metaKey || event.altKey) return;
    const digit = Number(event.key);
    if (SKILL_LEVELS.includes(digit as 1)) {
      event.preventDefault();
      setLevel(digit);
      stepRef.current?.querySelector<HTMLInputElement>(`input[value="${digit}"]`)?.focus();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(level, note);
  };

  return (
    <form className="mot-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <div className="dialog-body" ref={stepRef}>
        <p className="mot-progress">
          <span>
            Skill {position} of {total}
          </span>
          <progress value={position - 1} max={total} aria-label="Skills reviewed so far" />
        </p>
        <h3 className="mot-skill-name">{skill.name}</h3>
        <p className="muted">
          Until now: {levelInWords(skill.level)}
          {skill.lastReviewedOn ? `, last reviewed ${formatCalendarDate(skill.lastReviewedOn)}` : ', never reviewed'}
          {skill.gapCount > 0 && `; seen in ${skill.gapCount} rejection${skill.gapCount === 1 ? '' : 's'}`}
        </p>
        {skill.evidence && <p className="skill-evidence">{skill.evidence}</p>}
        <fieldset className="mot-levels">
          <legend>Your level in {skill.name} now</legend>
          {SKILL_LEVELS.map((value) => (
            <label key={value} className="mot-level">
              <input
                type="radio"
                name="mot-level"
                value={value}
                checked={level === value}
                onChange={() => setLevel(value)}
                {...(level === value ? { 'data-autofocus': true } : {})}
              />
              {levelInWords(value)}
            </label>
          ))}
          <p className="field-hint">Arrow keys or 1 to 5 choose; Enter saves and moves on.</p>
        </fieldset>
        <div className="field">
          <label htmlFor="mot-note">Note</label>
          <textarea id="mot-note" rows={3} value={note} onChange={(event) => setNote(event.target.value)} placeholder="What changed since the last MOT?" />
        </div>
      </div>
      <div className="dialog-actions">
        {onBack && (
          <button type="button" onClick={onBack} disabled={busy}>
            Back
          </button>
        )}
        <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
          {last ? 'Save and finish the MOT' : 'Save and next'}
        </button>
      </div>
    </form>
  );
}

/** "Start this year's MOT": every skill once, one at a time; closing keeps what is saved, to continue later. */
export function MotWalkthrough({ review: started, skills, onClose }: { review: SkillReview; skills: readonly Skill[]; onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshSkills();
  const [review, setReview] = useState(started);
  const [index, setIndex] = useState(() => firstUnreviewed(skills, started));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const skill = skills[index];

  const close = () => {
    void refresh();
    onClose();
  };

  const save = async (level: number, note: string) => {
    if (!skill) return;
    setBusy(true);
    setError(null);
    try {
      const recorded = await api.recordSkillReview({ reviewId: review.id, skillId: skill.id, level, note });
      setReview(recorded);
      if (index < skills.length - 1) {
        setIndex(index + 1);
        return;
      }
      const finished = await api.finishSkillReview({ reviewId: review.id });
      toasts.show(`Skills MOT finished: ${finished.entries.length} skill${finished.entries.length === 1 ? '' : 's'} reviewed.`);
      close();
    } catch (failure) {
      setError(failureMessage(failure, 'That skill or MOT no longer exists: it may have been deleted in another window.'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title="This year’s skills MOT" onClose={close} size="large">
      {error && (
        <p className="form-error mot-error" role="alert">
          {error}
        </p>
      )}
      {skill && (
        <MotStep
          key={skill.id}
          skill={skill}
          entry={review.entries.find((entry) => entry.skillId === skill.id)}
          position={index + 1}
          total={skills.length}
          last={index === skills.length - 1}
          busy={busy}
          onBack={index > 0 ? () => setIndex(index - 1) : null}
          onSave={(level, note) => void save(level, note)}
        />
      )}
    </Dialog>
  );
}
