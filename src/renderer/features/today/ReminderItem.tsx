import { useState } from 'react';
import type { Reminder } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { formatInstant } from '../../app/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../toasts/toasts';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { REMINDER_KIND_LABELS } from './reminder-labels';
import { ReminderDialog } from './ReminderDialog';
import { morningAfter, morningOf } from './snooze';
import { useRefreshRelationships } from './today-queries';

interface ReminderItemProps {
  reminder: Reminder;
  /** The core's now, from which "tomorrow" and "overdue" count. */
  now: number;
  /** Hides the contact or bid named by the page it is on. */
  hide?: 'contact' | 'bid';
}

type Open = 'none' | 'snooze' | 'log' | 'edit' | 'delete';

/** One reminder: what, why, when, whom it is about, and every way to answer it. */
export function ReminderItem({ reminder, now, hide }: ReminderItemProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshRelationships();
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const [snoozeDate, setSnoozeDate] = useState('');
  const showsAt = Math.max(reminder.dueAt, reminder.snoozedUntil ?? 0);
  const overdue = showsAt < now;

  /** Runs one answer: the screen changes only once it is stored, and a refusal is said in words. */
  const act = async (run: () => Promise<unknown>, done: string, undo?: { label: string; run: () => void }) => {
    setBusy(true);
    try {
      await run();
      await refresh();
      toasts.show(done, undo ? { action: undo } : undefined);
      setOpen('none');
    } catch (error) {
      toasts.show(failureMessage(error), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const complete = () => act(() => api.completeReminder({ reminderId: reminder.id }), `Done: ${reminder.title}.`);
  const snooze = (until: number) => act(() => api.snoozeReminder({ reminderId: reminder.id, until }), `Snoozed until ${formatInstant(until)}.`);
  const remove = () => act(() => api.dismissReminder({ reminderId: reminder.id }), `Deleted: ${reminder.title}.`);
  const toNoResponse = async (bid: { id: number; name: string }) => {
    setBusy(true);
    try {
      const moved = await api.moveBid({ id: bid.id, to: 'no_response', note: 'Gone quiet' });
      await refresh();
      toasts.show(`Moved “${bid.name}” to No response.`, { action: { label: 'Undo', run: () => void act(() => api.undoMove({ eventId: moved.eventId }), 'Move undone.') } });
    } catch (error) {
      toasts.show(failureMessage(error), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`reminder${overdue ? ' reminder-overdue' : ''}`} aria-busy={busy}>
      <div className="reminder-main">
        <p className="reminder-kind">{REMINDER_KIND_LABELS[reminder.kind]}</p>
        <h4 className="reminder-title">{reminder.title}</h4>
        {reminder.why && <p className="reminder-why">{reminder.why}</p>}
        <p className="reminder-meta">
          <span>{overdue ? `Overdue since ${formatInstant(showsAt)}` : `Due ${formatInstant(reminder.dueAt)}`}</span>
          {reminder.snoozedUntil !== null && reminder.snoozedUntil > now && <span>snoozed until {formatInstant(reminder.snoozedUntil)}</span>}
          {reminder.contact && hide !== 'contact' && <a href={`#/contacts?contact=${reminder.contact.id}`}>{reminder.contact.name}</a>}
          {reminder.bid && hide !== 'bid' && <a href={`#/today?bid=${reminder.bid.id}`}>{reminder.bid.name}</a>}
        </p>
      </div>
      <div className="reminder-actions">
        {reminder.kind === 'keep_in_touch' && reminder.contact ? (
          <button type="button" className="primary" disabled={busy} onClick={() => setOpen('log')}>
            Log and done
          </button>
        ) : (
          <button type="button" className="primary" disabled={busy} onClick={() => void complete()}>
            Done
          </button>
        )}
        {reminder.kind === 'gone_quiet' && reminder.bid && (
          <button type="button" disabled={busy} onClick={() => reminder.bid && void toNoResponse(reminder.bid)}>
            Move to No response
          </button>
        )}
        {reminder.kind === 'feedback_follow_up' && reminder.bid && (
          <button type="button" disabled={busy} onClick={() => void act(() => api.closeFeedbackRequest({ bidId: reminder.bid?.id as number }), 'Closed as “no feedback”.')}>
            No feedback
          </button>
        )}
        <button type="button" aria-expanded={open === 'snooze'} disabled={busy} onClick={() => setOpen(open === 'snooze' ? 'none' : 'snooze')}>
          Snooze
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen('edit')}>
          Edit
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen('delete')}>
          Delete
        </button>
      </div>
      {open === 'snooze' && (
        <div className="reminder-snooze" role="group" aria-label={`Snooze “${reminder.title}”`}>
          <button type="button" onClick={() => void snooze(morningAfter(now, 1))}>
            Until tomorrow
          </button>
          <button type="button" onClick={() => void snooze(morningAfter(now, 7))}>
            For a week
          </button>
          <label>
            Until{' '}
            <input type="date" value={snoozeDate} onChange={(event) => setSnoozeDate(event.target.value)} />
          </label>
          <button type="button" disabled={!snoozeDate} onClick={() => void snooze(morningOf(snoozeDate))}>
            Snooze to that day
          </button>
        </div>
      )}
      {open === 'log' && reminder.contact && (
        <LogInteractionDialog
          now={now}
          contacts={[reminder.contact]}
          bid={reminder.bid}
          title={`Log how you got in touch with ${reminder.contact.name}`}
          submitLabel="Log and mark done"
          extraAction={{ label: 'Mark done without logging', run: () => void complete() }}
          onClose={() => setOpen('none')}
        />
      )}
      {open === 'edit' && <ReminderDialog reminder={reminder} now={now} onClose={() => setOpen('none')} />}
      {open === 'delete' && (
        <ConfirmDialog title="Delete this reminder?" confirmLabel="Delete reminder" busy={busy} onConfirm={() => void remove()} onCancel={() => setOpen('none')}>
          <p>
            “{reminder.title}”{' '}
            {reminder.rule === null ? 'will be deleted.' : 'will not come back for this same reason. Its rule will remind you again only when something changes.'}
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
