import type { Skill, SkillRef } from '../../../shared/schemas';
import { EnumOptions } from '../../components/EnumOptions';
import { Field } from '../bid-form/Field';
import { LEVEL_OPTION_LABELS, SKILL_LEVELS } from './skill-levels';

/** A skill picked from the list, or "new" with the name and level typed in. */
export interface SkillChoiceValue {
  pick: string;
  name: string;
  level: number;
}

export const NEW_SKILL = 'new';

export function initialSkillChoice(skills: readonly Skill[]): SkillChoiceValue {
  return { pick: skills[0] ? String(skills[0].id) : NEW_SKILL, name: '', level: 2 };
}

export function skillRefOf(choice: SkillChoiceValue): SkillRef {
  return choice.pick === NEW_SKILL ? { name: choice.name, level: choice.level } : { id: Number(choice.pick) };
}

interface SkillChoiceProps {
  skills: readonly Skill[];
  value: SkillChoiceValue;
  onChange: (value: SkillChoiceValue) => void;
  errors: { skill?: string | undefined; skillName?: string | undefined; skillLevel?: string | undefined };
}

/** Pick one of your skills, or name a new one (with the level you would give yourself today). */
export function SkillChoice({ skills, value, onChange, errors }: SkillChoiceProps) {
  return (
    <>
      <Field label="Skill" error={errors.skill}>
        <select value={value.pick} onChange={(event) => onChange({ ...value, pick: event.target.value })} data-autofocus>
          {skills.map((skill) => (
            <option key={skill.id} value={skill.id}>
              {skill.name}
            </option>
          ))}
          <option value={NEW_SKILL}>New skill…</option>
        </select>
      </Field>
      {value.pick === NEW_SKILL && (
        <>
          <Field label="New skill’s name" error={errors.skillName}>
            <input value={value.name} onChange={(event) => onChange({ ...value, name: event.target.value })} />
          </Field>
          <Field label="Its level today" error={errors.skillLevel}>
            <select value={value.level} onChange={(event) => onChange({ ...value, level: Number(event.target.value) })}>
              <EnumOptions values={SKILL_LEVELS} labels={LEVEL_OPTION_LABELS} />
            </select>
          </Field>
        </>
      )}
    </>
  );
}
