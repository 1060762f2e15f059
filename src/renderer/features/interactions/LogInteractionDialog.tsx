import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { INTERACTION_CHANNEL_LABELS, INTERACTION_CHANNELS, type InteractionChannel } from '../../../shared/domain';
import { INTERACTION_LIMITS, logInteractionSchema } from '../../../shared/schemas';
import { useApi } from '../../app/api-context';
import { calendarDateOf } from '../../app/dates';
import { queryKeys } from '../../app/query-keys';
import { Dialog } from '../../components/Dialog';
import { EnumOptions } from '../../components/EnumOptions';
import { checkInput, saveErrors, useFormErrors } from '../../components/form-errors';
import { Field } from '../bid-form/Field';
import { InterviewersField } from '../interviews/InterviewersField';
import { addInterviewer, type InterviewerValue } from '../interviews/form-values';
import { useToasts } from '../toasts/toasts';
import { useRefreshRelationships } from '../today/today-queries';

type InteractionField = 'date' | 'time' | 'channel' | 'contacts' | 'bidId' | 'summary';
const FIELDS: readonly string[] = ['date', 'time', 'channel', 'contacts', 'bidId', 'summary'];
const fieldOf = (path: string) => (path.startsWith('contacts') ? 'contacts' : FIELDS.includes(path) ? (path as InteractionField) : undefined);

interface LogInteractionDialogProps {
  /** The core's now: the day the date starts at, and the latest it allows. */
  now: number;
  contacts?: { id: number; name: string }[];
  bid?: { id: number; name: string } | null;
  title?: string;
  submitLabel?: string;
  /** A second way out that still answers (for a keep-in-touch reminder: done without logging). */
  extraAction?: { label: string; run: () => void };
  /** Runs once the interaction is stored, before the lists are read again (for a reminder: mark it done). */
  afterLog?: () => Promise<void>;
  onClose: () => void;
}

/**
 * Logs a call, email, meeting… with one or more people: when (back-dating allowed, never later than now), how,
 * with whom (from the contacts or new names), about which bid, and what was said.
 */
export function LogInteractionDialog({ now, contacts = [], bid = null, title = 'Log an interaction', submitLabel = 'Log it', extraAction, afterLog, onClose }: LogInteractionDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshRelationships();
  const [date, setDate] = useState(calendarDateOf(now));
  const [time, setTime] = useState('');
  const [channel, setChannel] = useState<InteractionChannel>('call');
  const [people, setPeople] = useState<InterviewerValue[]>(contacts);
  const [draft, setDraft] = useState('');
  const [bidId, setBidId] = useState<number | null>(bid?.id ?? null);
  const [summary, setSummary] = useState('');
  const { errors, show, clear } = useFormErrors<InteractionField>('interaction-form');
  const [saving, setSaving] = useState(false);

  // The bids of the first person named: an interaction about a bid is nearly always with its people.
  const firstKnown = people.find((person) => person.id !== undefined)?.id;
  const theirBids = useQuery({
    queryKey: queryKeys.contact(firstKnown ?? 0),
    queryFn: () => api.getContact({ contactId: firstKnown as number }),
    enabled: firstKnown !== undefined,
  });
  const bidChoices = [...(bid ? [bid] : []), ...(theirBids.data?.bids ?? []).filter((other) => other.id !== bid?.id).map((other) => ({ id: other.id, name: other.title }))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const everyone = addInterviewer(people, draft);
    const input = {
      date,
      time: time || null,
      channel,
      contacts: everyone.map((person) => (person.id !== undefined ? { id: person.id } : { name: person.name })),
      bidId,
      summary,
    };
    const found = checkInput(logInteractionSchema, input, fieldOf);
    if (Object.keys(found).length > 0) return show(found);
    setSaving(true);
    try {
      await api.logInteraction(input);
      await afterLog?.();
      await refresh();
      toasts.show(`Logged the ${INTERACTION_CHANNEL_LABELS[channel].toLowerCase()} with ${everyone.map((person) => person.name).join(', ')}.`);
      onClose();
    } catch (error) {
      show(saveErrors(error, 'A contact or bid named here no longer exists: it may have been deleted in another window.', fieldOf));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} size="large">
      <form className="interaction-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="dialog-body field-grid">
          {errors.form && (
            <p className="form-error field-wide" role="alert">
              {errors.form}
            </p>
          )}
          <Field label="Date" error={errors.date} hint="Back-date it if it happened earlier">
            <input type="date" value={date} max={calendarDateOf(now)} onChange={(event) => (setDate(event.target.value), clear('date'))} />
          </Field>
          <Field label="Time (optional)" error={errors.time}>
            <input type="time" value={time} onChange={(event) => (setTime(event.target.value), clear('time'))} />
          </Field>
          <Field label="How" error={errors.channel}>
            <select value={channel} onChange={(event) => setChannel(event.target.value as InteractionChannel)} data-autofocus>
              <EnumOptions values={INTERACTION_CHANNELS} labels={INTERACTION_CHANNEL_LABELS} />
            </select>
          </Field>
          <Field label="About a bid (optional)" error={errors.bidId}>
            <select value={bidId ?? ''} onChange={(event) => setBidId(event.target.value ? Number(event.target.value) : null)}>
              <option value="">No bid in particular</option>
              {bidChoices.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </Field>
          <InterviewersField
            value={people}
            onChange={(next) => (setPeople(next), clear('contacts'))}
            draft={draft}
            onDraftChange={setDraft}
            error={errors.contacts}
            legend="With"
            emptyHint="Nobody yet: add who you spoke to, from your contacts or as a new name."
            placeholder="Name of a contact"
            addLabel="Add a person"
          />
          <Field label="What was said (optional)" error={errors.summary} wide count={{ length: summary.length, max: INTERACTION_LIMITS.summaryChars }}>
            <textarea rows={3} value={summary} onChange={(event) => (setSummary(event.target.value), clear('summary'))} />
          </Field>
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          {extraAction && (
            <button type="button" onClick={extraAction.run} disabled={saving}>
              {extraAction.label}
            </button>
          )}
          <button type="submit" className="primary" disabled={saving} aria-busy={saving}>
            {saving ? 'Saving…' : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
