import { useState } from 'react';
import { OPEN_STAGES, STAGE_LABELS } from '../../../shared/domain';
import { OUTCOME_LIMITS, type ReasonList } from '../../../shared/schemas';
import { EnumOptions } from '../../components/EnumOptions';
import { Field } from '../bid-form/Field';
import { NamePicker } from '../bid-form/NamePicker';
import { ManageReasonsDialog } from './ManageReasonsDialog';
import { toggled, type OutcomeField, type OutcomeFormValues } from './outcome-form';
import { ReasonPicker } from './ReasonPicker';
import { SuggestionChips } from './SuggestionChips';

interface OutcomeFieldsProps {
  values: OutcomeFormValues;
  reasons: ReasonList;
  errors: Partial<Record<OutcomeField, string>>;
  onChange: <K extends OutcomeField>(field: K, value: OutcomeFormValues[K]) => void;
}

/** What happened: reasons first (the quick part), then the feedback with its suggestions, then the finer facts. */
export function OutcomeFields({ values, reasons, errors, onChange }: OutcomeFieldsProps) {
  const [managing, setManaging] = useState(false);
  const toggle = (id: number) => onChange('reasonIds', toggled(values.reasonIds, id));
  const tick = (id: number) => onChange('reasonIds', values.reasonIds.includes(id) ? values.reasonIds : [...values.reasonIds, id]);
  const text = (field: 'closedOn' | 'feedbackRequestedOn' | 'feedbackReceivedOn' | 'feedbackText' | 'lesson') => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
  });

  return (
    <>
      <ReasonPicker
        reasons={reasons}
        ticked={values.reasonIds}
        onToggle={toggle}
        onAdded={(reason) => tick(reason.id)}
        onManage={() => setManaging(true)}
        error={errors.reasonIds}
      />
      <div className="field-grid">
        <Field label="Feedback" error={errors.feedbackText} wide hint="Paste it as they gave it: reasons it points at are suggested below">
          <textarea {...text('feedbackText')} rows={3} maxLength={OUTCOME_LIMITS.feedbackChars} />
        </Field>
        <div className="field-wide">
          <SuggestionChips feedback={values.feedbackText} reasons={reasons} ticked={values.reasonIds} onApply={tick} />
        </div>
        <Field label="Stage reached" error={errors.stageReached} hint="The furthest stage it got to">
          <select value={values.stageReached} onChange={(event) => onChange('stageReached', event.target.value as OutcomeFormValues['stageReached'])}>
            <EnumOptions values={OPEN_STAGES} labels={STAGE_LABELS} />
          </select>
        </Field>
        <Field label="Closed on" error={errors.closedOn}>
          <input type="date" {...text('closedOn')} />
        </Field>
        <Field label="Feedback from" error={errors.feedbackFrom}>
          <NamePicker value={values.feedbackFrom} onChange={(value) => onChange('feedbackFrom', value)} source="contacts" />
        </Field>
        <Field label="Feedback requested on" error={errors.feedbackRequestedOn}>
          <input type="date" {...text('feedbackRequestedOn')} />
        </Field>
        <Field label="Feedback received on" error={errors.feedbackReceivedOn}>
          <input type="date" {...text('feedbackReceivedOn')} />
        </Field>
        <div className="outcome-flags field-wide">
          <label>
            <input type="checkbox" checked={values.thankYouSent} onChange={(event) => onChange('thankYouSent', event.target.checked)} /> Thank-you sent
          </label>
          <label>
            <input type="checkbox" checked={values.doorLeftOpen} onChange={(event) => onChange('doorLeftOpen', event.target.checked)} /> Door left open
          </label>
        </div>
        <Field label="Lesson learned" error={errors.lesson} wide hint="One thing to do differently next time, if any">
          <textarea {...text('lesson')} rows={2} maxLength={OUTCOME_LIMITS.lessonChars} />
        </Field>
      </div>
      {managing && <ManageReasonsDialog onClose={() => setManaging(false)} />}
    </>
  );
}
