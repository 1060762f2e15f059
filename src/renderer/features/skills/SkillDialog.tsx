import { useState, type FormEvent } from 'react';
import { createSkillSchema, LIMITS, type Skill } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { EnumOptions } from '../../components/EnumOptions';
import { Field } from '../bid-form/Field';
import { useToasts } from '../toasts/toasts';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { LEVEL_OPTION_LABELS, SKILL_LEVELS } from './skill-levels';
import { useRefreshSkills } from './skills-queries';

type SkillField = 'name' | 'level' | 'evidence' | 'lastReviewedOn';
const fieldOf = (path: string) => (['name', 'level', 'evidence', 'lastReviewedOn'].includes(path) ? (path as SkillField) : undefined);

/** Adds a skill, or edits one: its name, level, the evidence for that level, and when it was last reviewed. */
export function SkillDialog({ skill, onClose }: { skill?: Skill; onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshSkills();
  const [values, setValues] = useState({
    name: skill?.name ?? '',
    level: skill?.level ?? 3,
    evidence: skill?.evidence ?? '',
    lastReviewedOn: skill?.lastReviewedOn ?? '',
  });
  const { errors, show, clear } = useFormErrors<SkillField>('skill-form');
  const [saving, setSaving] = useState(false);

  const set = <K extends SkillField>(field: K, value: (typeof values)[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    clear(field);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, lastReviewedOn: values.lastReviewedOn || null };
    const found = checkInput(createSkillSchema, input, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      const saved = skill ? await api.updateSkill({ skillId: skill.id, ...input }) : await api.createSkill(input);
      await refresh();
      toasts.show(skill ? `Saved “${saved.name}”.` : `Added “${saved.name}”.`);
      onClose();
    } catch (error) {
      show(saveErrors(error, 'That skill no longer exists: it may have been deleted in another window.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={skill ? `Edit “${skill.name}”` : 'Add a skill'} onClose={onClose}>
      <form className="skill-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <Field label="Skill" error={errors.name} wide>
            <input value={values.name} maxLength={LIMITS.nameChars} onChange={(event) => set('name', event.target.value)} data-autofocus />
          </Field>
          <Field label="Level" error={errors.level}>
            <select value={values.level} onChange={(event) => set('level', Number(event.target.value))}>
              <EnumOptions values={SKILL_LEVELS} labels={LEVEL_OPTION_LABELS} />
            </select>
          </Field>
          <Field label="Last reviewed" error={errors.lastReviewedOn}>
            <input type="date" value={values.lastReviewedOn} onChange={(event) => set('lastReviewedOn', event.target.value)} />
          </Field>
          <Field label="Evidence" error={errors.evidence} hint="Where you used it, and what came of it: what you would tell a client" wide>
            <textarea rows={4} value={values.evidence} onChange={(event) => set('evidence', event.target.value)} />
          </Field>
        </div>
        <FormActions onCancel={onClose} submitLabel={skill ? 'Save skill' : 'Add skill'} saving={saving} />
      </form>
    </Dialog>
  );
}
