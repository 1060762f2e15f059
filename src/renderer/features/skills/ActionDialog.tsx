import { useState, type FormEvent } from 'react';
import { ACTION_KIND_LABELS, ACTION_KINDS, ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionKind, type ActionStatus } from '../../../shared/domain';
import { createActionFromGapSchema, LIMITS, type DevelopmentAction, type Skill, type SkillGap } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { EnumOptions } from '../../components/EnumOptions';
import { Field } from '../bid-form/Field';
import { useToasts } from '../toasts/toasts';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { initialSkillChoice, SkillChoice, skillRefOf, type SkillChoiceValue } from './SkillChoice';
import { useRefreshSkills } from './skills-queries';

/** What the action is for: an existing action to edit, a skill to add one to, or a gap seen in a rejection. */
export type ActionTarget = { action: DevelopmentAction } | { skillId: number } | { gap: SkillGap };

type ActionField = 'skill' | 'skillName' | 'skillLevel' | 'kind' | 'title' | 'status' | 'targetOn';
const PATHS: Record<string, ActionField> = {
  skill: 'skill',
  skillId: 'skill',
  'skill.id': 'skill',
  'skill.name': 'skillName',
  'skill.level': 'skillLevel',
  kind: 'kind',
  title: 'title',
  status: 'status',
  targetOn: 'targetOn',
};
const fieldOf = (path: string) => PATHS[path];

function firstChoice(target: ActionTarget, skills: readonly Skill[]): SkillChoiceValue {
  if ('action' in target) return { pick: String(target.action.skillId), name: '', level: 2 };
  if ('skillId' in target) return { pick: String(target.skillId), name: '', level: 2 };
  // From a gap: the skill already linked to it, if any.
  const linked = target.gap.skills[0];
  return linked ? { pick: String(linked.id), name: '', level: 2 } : initialSkillChoice(skills);
}

/** A course, volunteering, a mentor, practice or a certification: for a skill, and maybe for a gap a rejection showed. */
export function ActionDialog({ target, skills, onClose }: { target: ActionTarget; skills: readonly Skill[]; onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshSkills();
  const existing = 'action' in target ? target.action : null;
  const gap = 'gap' in target ? target.gap : null;
  const [skill, setSkill] = useState(() => firstChoice(target, skills));
  const [values, setValues] = useState({
    kind: existing?.kind ?? ('course' as ActionKind),
    title: existing?.title ?? '',
    status: existing?.status ?? ('planned' as ActionStatus),
    targetOn: existing?.targetOn ?? '',
  });
  const { errors, show, clear } = useFormErrors<ActionField>('action-form');
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clear(field);
  };

  const chooseSkill = (next: SkillChoiceValue) => {
    setSkill(next);
    for (const field of ['skill', 'skillName', 'skillLevel'] as const) clear(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { ...values, targetOn: values.targetOn || null };
    const skillRef = skillRefOf(skill);
    // One schema checks every form of the dialog: the gap's id is a stand-in until it is sent.
    const found = checkInput(createActionFromGapSchema, { outcomeId: gap?.outcomeId ?? 1, skill: skillRef, ...fields }, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      if (gap) await api.createActionFromGap({ outcomeId: gap.outcomeId, skill: skillRef, ...fields });
      else if (existing) await api.updateAction({ actionId: existing.id, skillId: Number(skill.pick), ...fields });
      else await api.createAction({ skillId: Number(skill.pick), ...fields });
      await refresh();
      toasts.show(existing ? `Saved “${fields.title}”.` : `Added “${fields.title}”.`);
      onClose();
    } catch (error) {
      show(saveErrors(error, 'That skill or action no longer exists: it may have been deleted in another window.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  const existingSkills = (
    <Field label="Skill" error={errors.skill}>
      <select value={skill.pick} onChange={(event) => setSkill({ ...skill, pick: event.target.value })}>
        {skills.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <Dialog title={existing ? 'Edit action' : gap ? `Action for “${gap.bid.title}”` : 'Add an action'} onClose={onClose}>
      <form className="action-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          {gap ? <SkillChoice skills={skills} value={skill} onChange={chooseSkill} errors={errors} /> : existingSkills}
          <Field label="What" error={errors.title} wide>
            <input value={values.title} maxLength={LIMITS.titleChars} onChange={(event) => set('title', event.target.value)} data-autofocus />
          </Field>
          <Field label="Kind" error={errors.kind}>
            <select value={values.kind} onChange={(event) => set('kind', event.target.value as ActionKind)}>
              <EnumOptions values={ACTION_KINDS} labels={ACTION_KIND_LABELS} />
            </select>
          </Field>
          <Field label="Status" error={errors.status}>
            <select value={values.status} onChange={(event) => set('status', event.target.value as ActionStatus)}>
              <EnumOptions values={ACTION_STATUSES} labels={ACTION_STATUS_LABELS} />
            </select>
          </Field>
          <Field label="Target date" error={errors.targetOn}>
            <input type="date" value={values.targetOn} onChange={(event) => set('targetOn', event.target.value)} />
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel={existing ? 'Save action' : 'Add action'} saving={saving} />
      </form>
    </Dialog>
  );
}
