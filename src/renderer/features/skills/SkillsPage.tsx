import { useState } from 'react';
import type { DevelopmentAction, Skill, SkillGap, SkillReview } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { Loading } from '../connection/Loading';
import { ActionDialog, type ActionTarget } from './ActionDialog';
import { DeleteQuestion, type Deleting } from './DeleteQuestion';
import { GapCard } from './GapCard';
import { LinkGapDialog } from './LinkGapDialog';
import { MotBanner } from './MotBanner';
import { MotWalkthrough } from './MotWalkthrough';
import { SkillCard } from './SkillCard';
import { SkillDialog } from './SkillDialog';
import { useSkillGaps, useSkillsOverview } from './skills-queries';
import './skills.css';

type Open =
  | { dialog: 'none' }
  | { dialog: 'skill'; skill?: Skill }
  | { dialog: 'action'; target: ActionTarget }
  | { dialog: 'link'; gap: SkillGap }
  | { dialog: 'mot'; review: SkillReview }
  | { dialog: 'delete'; what: Deleting };

/** The skills MOT: the skills you sell, what you do to develop them, and the gaps your rejections pointed at. */
export function SkillsPage() {
  const api = useApi();
  const overview = useSkillsOverview();
  const gapsQuery = useSkillGaps();
  const [open, setOpen] = useState<Open>({ dialog: 'none' });
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string | null>(null);
  const close = () => setOpen({ dialog: 'none' });
  const skills = overview.data?.skills ?? [];
  const gaps = gapsQuery.data;

  const startMot = async () => {
    setStarting(true);
    setStartError(null);
    try {
      setOpen({ dialog: 'mot', review: await api.startSkillReview(undefined) });
    } catch (error) {
      setStartError(failureMessage(error));
    } finally {
      setStarting(false);
    }
  };

  const editAction = (action: DevelopmentAction) => setOpen({ dialog: 'action', target: { action } });

  return (
    <div className="page skills-page">
      <div className="skills-scroll">
        <div className="skills-head">
          <h2 tabIndex={-1} data-page-heading>
            Skills
          </h2>
          <button type="button" className={skills.length === 0 ? '' : 'primary'} onClick={() => setOpen({ dialog: 'skill' })}>
            Add a skill
          </button>
        </div>
        {(overview.isError || gapsQuery.isError) && (
          <p className="form-error" role="alert">
            {((overview.error ?? gapsQuery.error) as Error).message}
          </p>
        )}
        {startError && (
          <p className="form-error" role="alert">
            {startError}
          </p>
        )}
        {overview.data && skills.length > 0 && <MotBanner overview={overview.data} onStart={() => void startMot()} starting={starting} />}

        <section aria-labelledby="skills-list-title">
          <h3 id="skills-list-title" className="visually-hidden">
            Your skills
          </h3>
          {!overview.data && !overview.isError && <Loading what="your skills" />}
          {overview.data && skills.length === 0 && (
            <div className="skills-empty">
              <p>
                <strong>No skills yet.</strong> List the skills clients hire you for, each with a level from 1 to 5 and the evidence behind
                it; then run a yearly MOT to keep them honest.
              </p>
              <button type="button" className="primary" onClick={() => setOpen({ dialog: 'skill' })}>
                Add your first skill
              </button>
            </div>
          )}
          {skills.length > 0 && (
            <ul className="skill-list">
              {skills.map((skill) => (
                <SkillCard
                  key={skill.id}
                  skill={skill}
                  onEdit={() => setOpen({ dialog: 'skill', skill })}
                  onDelete={() => setOpen({ dialog: 'delete', what: { skill } })}
                  onAddAction={() => setOpen({ dialog: 'action', target: { skillId: skill.id } })}
                  onEditAction={editAction}
                  onDeleteAction={(action) => setOpen({ dialog: 'delete', what: { action } })}
                />
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="gaps-title" className="gaps">
          <h3 id="gaps-title">Gaps seen in rejections{gaps && gaps.total > 0 ? ` (${gaps.total})` : ''}</h3>
          <p className="muted">
            Rejections whose reasons point at something to develop: skills, experience, a qualification, preparation or interview
            performance. Link each to a skill, or plan an action.
          </p>
          {!gaps && !gapsQuery.isError && <Loading what="the gaps" />}
          {gaps && gaps.total === 0 && (
            <p className="skills-empty">
              None yet. When you record why a bid was rejected and a reason points at a gap, it shows here. Next step: on the{' '}
              <a href="#/board">board</a>, open a rejected bid and record its reasons.
            </p>
          )}
          {gaps && gaps.gaps.length > 0 && (
            <ul className="gap-list">
              {gaps.gaps.map((gap) => (
                <GapCard
                  key={gap.outcomeId}
                  gap={gap}
                  onLink={() => setOpen({ dialog: 'link', gap })}
                  onCreateAction={() => setOpen({ dialog: 'action', target: { gap } })}
                />
              ))}
            </ul>
          )}
          {gaps && gaps.total > gaps.gaps.length && (
            <p className="muted">
              Showing the latest {gaps.gaps.length} of {gaps.total}.
            </p>
          )}
        </section>
      </div>

      {open.dialog === 'skill' && <SkillDialog {...(open.skill ? { skill: open.skill } : {})} onClose={close} />}
      {open.dialog === 'action' && <ActionDialog target={open.target} skills={skills} onClose={close} />}
      {open.dialog === 'link' && <LinkGapDialog gap={open.gap} skills={skills} onClose={close} />}
      {open.dialog === 'mot' && <MotWalkthrough review={open.review} skills={skills} onClose={close} />}
      {open.dialog === 'delete' && <DeleteQuestion what={open.what} onClose={close} />}
    </div>
  );
}
