import { useState, type FormEvent } from 'react';
import { linkGapSchema, type Skill, type SkillGap } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { Dialog } from '../../components/Dialog';
import { FormActions } from '../../components/FormActions';
import { useToasts } from '../toasts/toasts';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { initialSkillChoice, SkillChoice, skillRefOf } from './SkillChoice';
import { useRefreshSkills } from './skills-queries';

type LinkField = 'skill' | 'skillName' | 'skillLevel';
const PATHS: Record<string, LinkField> = { skill: 'skill', 'skill.id': 'skill', 'skill.name': 'skillName', 'skill.level': 'skillLevel' };
const fieldOf = (path: string) => PATHS[path];

/** Says which skill a gap seen in a rejection is about: one of yours, or a new one. */
export function LinkGapDialog({ gap, skills, onClose }: { gap: SkillGap; skills: readonly Skill[]; onClose: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshSkills();
  const unlinked = skills.filter((skill) => !gap.skills.some((linked) => linked.id === skill.id));
  const [choice, setChoice] = useState(() => initialSkillChoice(unlinked));
  const { errors, show } = useFormErrors<LinkField>('link-gap-form');
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { outcomeId: gap.outcomeId, skill: skillRefOf(choice) };
    const found = checkInput(linkGapSchema, input, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      const linked = await api.linkGapToSkill(input);
      await refresh();
      toasts.show(`Linked “${gap.bid.title}” to ${linked.skills.map((skill) => `“${skill.name}”`).join(', ')}.`);
      onClose();
    } catch (error) {
      show(saveErrors(error, 'That rejection or skill no longer exists: it may have been deleted in another window.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={`Link “${gap.bid.title}” to a skill`} onClose={onClose}>
      <form className="link-gap-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <SkillChoice skills={unlinked} value={choice} onChange={setChoice} errors={errors} />
        </div>
        <FormActions onCancel={onClose} submitLabel="Link" saving={saving} />
      </form>
    </Dialog>
  );
}
