import { useState } from 'react';
import type { Reminder, Today } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { Loading, ShowingEarlier } from '../connection/Loading';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { useToasts } from '../toasts/toasts';
import { useFileExport } from '../transfer/use-file-export';
import { ReminderDialog } from './ReminderDialog';
import { ReminderItem } from './ReminderItem';
import { useCoreNow, useToday } from './today-queries';
import './today.css';

const GROUPS: { key: 'overdue' | 'today' | 'week' | 'later'; title: string; empty: string }[] = [
  { key: 'overdue', title: 'Overdue', empty: 'Nothing overdue.' },
  { key: 'today', title: 'Due today', empty: 'Nothing else due today.' },
  { key: 'week', title: 'This week', empty: 'Nothing in the next seven days.' },
  { key: 'later', title: 'Later', empty: 'Nothing further ahead yet.' },
];

/** The home page once there is data: what to do today, and why, soonest first. */
export function TodayPage() {
  const api = useApi();
  const toasts = useToasts();
  const today = useToday();
  const [open, setOpen] = useState<'none' | 'reminder' | 'log'>('none');
  const calendar = useFileExport<'calendar'>();
  const exporting = calendar.exporting !== null;
  const data = today.data;
  const now = useCoreNow();

  const exportCalendar = async () => {
    const failure = await calendar.run(
      'calendar',
      () => api.exportCalendar(undefined).then((file) => ({ fileName: file.fileName, text: file.content })),
      'text/calendar',
      (fileName) => `Exported ${fileName}: import it into Google Calendar or Outlook.`,
    );
    if (failure) toasts.show(failure, { tone: 'error' });
  };

  return (
    <div className="page today-page">
      <div className="today-scroll">
        <div className="today-head">
          <h2 tabIndex={-1} data-page-heading>
            Today
          </h2>
          <span className="spacer" />
          <button type="button" onClick={() => void exportCalendar()} disabled={exporting} aria-busy={exporting}>
            {exporting ? 'Exporting…' : 'Export to calendar'}
          </button>
          <button type="button" onClick={() => setOpen('reminder')}>
            New reminder
          </button>
          <button type="button" className="primary" onClick={() => setOpen('log')} aria-keyshortcuts="L" title="Log an interaction (L)">
            Log an interaction
          </button>
        </div>
        {today.isError && data && <ShowingEarlier what="your reminders" />}
        {today.isError && !data && (
          <p className="form-error" role="alert">
            {failureMessage(today.error)}
          </p>
        )}
        {!data && !today.isError && <Loading what="today’s reminders" />}
        {data && <TodayGroups today={data} />}
      </div>
      {open === 'reminder' && data && <ReminderDialog now={data.now} onClose={() => setOpen('none')} />}
      {open === 'log' && <LogInteractionDialog now={now} onClose={() => setOpen('none')} />}
    </div>
  );
}

function TodayGroups({ today }: { today: Today }) {
  const total = today.counts.overdue + today.counts.today + today.counts.week + today.counts.later;
  if (total === 0) {
    return (
      <section className="today-empty" aria-labelledby="today-empty-title">
        <h3 id="today-empty-title">Nothing to do yet</h3>
        <p>
          Reminders come from your contacts and bids: mark your recruiters as key partners, log when you were last in touch, and record your interviews and
          rejections. Stint then tells you whom to call and what to follow up, and when.
        </p>
        <p>
          <a href="#/contacts">Go to your contacts</a> · <a href="#/board">Go to the board</a>
        </p>
      </section>
    );
  }
  return (
    <>
      {GROUPS.map((group) => {
        const reminders: Reminder[] = today[group.key];
        const count = today.counts[group.key];
        return (
          <section key={group.key} className={`today-group today-${group.key}`} aria-labelledby={`today-${group.key}-title`}>
            <h3 id={`today-${group.key}-title`}>
              {group.title} <span className="count">{count}</span>
            </h3>
            {reminders.length === 0 ? (
              <p className="muted">{group.empty}</p>
            ) : (
              <ul className="reminder-list">
                {reminders.map((reminder) => (
                  <ReminderItem key={reminder.id} reminder={reminder} now={today.now} />
                ))}
              </ul>
            )}
            {count > reminders.length && <p className="muted">And {count - reminders.length} more after these: answer these first, and the next show.</p>}
          </section>
        );
      })}
    </>
  );
}
