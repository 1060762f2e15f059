import { useState } from 'react';
import type { Bid } from '../../../shared/schemas';
import { useInteractions } from '../contacts/contacts-queries';
import { ReminderDialog } from '../today/ReminderDialog';
import { ReminderItem } from '../today/ReminderItem';
import { useCoreNow, useRecordReminders } from '../today/today-queries';
import { InteractionList } from './InteractionList';
import { LogInteractionDialog } from './LogInteractionDialog';

/** In a bid's panel: what is due about it, and every conversation about it, with a way to add either. */
export function BidRelationsSection({ bid }: { bid: Bid }) {
  const now = useCoreNow();
  const reminders = useRecordReminders({ bidId: bid.id });
  const interactions = useInteractions({ bidId: bid.id });
  const [open, setOpen] = useState<'none' | 'log' | 'reminder'>('none');
  const people = [bid.recruiter, bid.hiringManager].filter((person): person is { id: number; name: string } => person !== null);
  return (
    <section aria-labelledby={`bid-${bid.id}-relations`}>
      <h3 id={`bid-${bid.id}-relations`}>Reminders and interactions</h3>
      <div className="section-actions">
        <button type="button" onClick={() => setOpen('log')}>
          Log an interaction
        </button>
        <button type="button" onClick={() => setOpen('reminder')}>
          New reminder
        </button>
      </div>
      {reminders.data && reminders.data.length > 0 && (
        <ul className="reminder-list">
          {reminders.data.map((reminder) => (
            <ReminderItem key={reminder.id} reminder={reminder} now={now} hide="bid" />
          ))}
        </ul>
      )}
      {interactions.data && interactions.data.length === 0 && <p className="muted">No interaction about this bid logged yet.</p>}
      {interactions.data && interactions.data.length > 0 && <InteractionList interactions={interactions.data} />}
      {open === 'log' && <LogInteractionDialog now={now} contacts={people.slice(0, 1)} bid={{ id: bid.id, name: bid.title }} onClose={() => setOpen('none')} />}
      {open === 'reminder' && <ReminderDialog now={now} about={{ bid: { id: bid.id, name: bid.title } }} onClose={() => setOpen('none')} />}
    </section>
  );
}
