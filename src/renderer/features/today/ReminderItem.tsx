import { startOfDay } from 'date-fns';
import { useState } from 'react';
import { reminderShowsAt } from '../../../shared/record-address';
import type { Reminder } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { formatAddress, withQuery } from '../../app/address';
import { useApi } from '../../app/api-context';
import { useAddress } from '../../app/use-address';
import { formatInstant } from '../../app/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToasts } from '../toasts/toasts';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { REMINDER_KIND_LABELS } from '../../../shared/domain';
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
  const address = useAddress();
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const [snoozeDate, setSnoozeDate] = useState('');
  const showsAt = reminderShowsAt(reminder);
  // As Today groups them: overdue is from before today, not from earlier today.
  const overdue = showsAt < startOfDay(now).getTime();

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
          {reminder.bid && hide !== 'bid' && <a href={formatAddress(withQuery(address, (query) => query.set('bid', String(reminder.bid?.id))))}>{reminder.bid.name}</a>}
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
          <button type="button" disabled={busy} onClick={() => void snooze(morningAfter(now, 1))}>
            Until tomorrow
          </button>
          <button type="button" disabled={busy} onClick={() => void snooze(morningAfter(now, 7))}>
            For a week
          </button>
          <label>
            Until{' '}
            <input type="date" value={snoozeDate} onChange={(event) => setSnoozeDate(event.target.value)} />
          </label>
          <button type="button" disabled={!snoozeDate || busy} onClick={() => void snooze(morningOf(snoozeDate))}>
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
          afterLog={async () => {
            // Logging answers it by its rule; a back-dated call may not, and the user asked for done either way.
            const stillOpen = (await api.listReminders({ contactId: reminder.contact?.id as number })).some((open) => open.id === reminder.id);
            if (stillOpen) await api.completeReminder({ reminderId: reminder.id });
          }}
          onClose={() => setOpen('none')}
        />
      )}
      {open === 'edit' && <ReminderDialog reminder={reminder} now={now} onClose={() => setOpen('none')} />}
      {open === 'delete' && (
        <ConfirmDialog title="Delete this reminder?" confirmLabel="Delete reminder" busy={busy} onConfirm={() => void remove()} onCancel={() => setOpen('none')}>
          <p>
            “{reminder.title}”{' '}
            {deleteConsequence(reminder)}
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}

/** What deleting a reminder means, said before it is done. */
function deleteConsequence(reminder: Reminder): string {
  if (reminder.rule === null) return 'will be deleted.';
  if (reminder.rule === 'keep_in_touch') return 'is deleted, and the next comes a whole cadence from now. Deleted three times in a row with no word between, it stops for this person until you next log an interaction.';
  if (reminder.rule === 'gone_quiet') return 'is deleted, and the bid is raised again after another 21 days of quiet. Deleted three times in a row, it stops for this bid until it moves or you log a word about it.';
  return 'is deleted and will not come back for this same reason.';
}
