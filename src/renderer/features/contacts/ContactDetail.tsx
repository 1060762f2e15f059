import { useState } from 'react';
import { CONTACT_KIND_LABELS, STAGE_LABELS } from '../../../shared/domain';
import type { Contact } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { formatAddress, withQuery } from '../../app/address';
import { useApi } from '../../app/api-context';
import { useAddress } from '../../app/use-address';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading } from '../connection/Loading';
import { InteractionList } from '../interactions/InteractionList';
import { LogInteractionDialog } from '../interactions/LogInteractionDialog';
import { useToasts } from '../toasts/toasts';
import { ReminderDialog } from '../today/ReminderDialog';
import { ReminderItem } from '../today/ReminderItem';
import { useCoreNow, useRecordReminders, useRefreshRelationships } from '../today/today-queries';
import { ContactFormDialog } from './ContactFormDialog';
import { useContact, useInteractions } from './contacts-queries';
import { daysSince, dueIn } from './days-since';
import { MergeDialog } from './MergeDialog';

const ROLE_LABELS = { recruiter: 'Recruiter', hiring_manager: 'Hiring manager', interviewer: 'Interviewer', feedback: 'Gave feedback' } as const;

type Open = 'none' | 'edit' | 'log' | 'reminder' | 'merge' | 'delete';

/** One contact: who they are, when you last spoke, what is due, every interaction, and the bids they are on. */
export function ContactDetail({ id, onBack }: { id: number; onBack: () => void }) {
  const contact = useContact(id);
  const address = useAddress();
  if (contact.isError) {
    return (
      <div className="contact-detail">
        <a href={formatAddress(withQuery(address, (query) => query.delete('contact')))}>← All contacts</a>
        <p className="form-error" role="alert">
          {failureMessage(contact.error, 'That contact no longer exists: they may have been deleted or merged in another window.')}
        </p>
      </div>
    );
  }
  if (!contact.data) return <Loading what="this contact" />;
  return <ContactView contact={contact.data} onBack={onBack} />;
}

function ContactView({ contact, onBack }: { contact: Contact; onBack: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshRelationships();
  const now = useCoreNow();
  const reminders = useRecordReminders({ contactId: contact.id });
  const interactions = useInteractions({ contactId: contact.id });
  const [open, setOpen] = useState<Open>('none');
  const [busy, setBusy] = useState(false);
  const close = () => setOpen('none');
  const address = useAddress();
  const backToList = formatAddress(withQuery(address, (query) => query.delete('contact')));
  const cadence =
    contact.effectiveCadenceDays === null
      ? 'No keep-in-touch reminders'
      : `Every ${contact.effectiveCadenceDays} days${contact.cadenceDays !== null ? ', as set for them' : contact.keyPartner ? ' (key partners’ default)' : ' (recruiters’ default)'}`;

  const remove = async () => {
    setBusy(true);
    try {
      await api.deleteContact({ contactId: contact.id });
      await refresh();
      toasts.show(`Deleted ${contact.name}.`);
      onBack();
    } catch (error) {
      toasts.show(failureMessage(error), { tone: 'error' });
      setBusy(false);
    }
  };

  return (
    <article className="contact-detail" aria-labelledby="contact-name">
      <a href={backToList}>← All contacts</a>
      <header className="contact-header">
        <div>
          <h2 id="contact-name" tabIndex={-1} data-page-heading>
            {contact.name}
          </h2>
          <p className="contact-sub">
            {contact.contactKind && <span className="badge badge-quiet">{CONTACT_KIND_LABELS[contact.contactKind]}</span>}
            {contact.keyPartner && <span className="badge">Key partner</span>}
            {contact.title && <span>{contact.title}</span>}
            {contact.organisation && (
              <a href={`#/contacts?organisation=${contact.organisation.id}`} aria-label={`Organisation: ${contact.organisation.name}`}>
                {contact.organisation.name}
              </a>
            )}
          </p>
        </div>
        <div className="contact-actions">
          <button type="button" className="primary" onClick={() => setOpen('log')}>
            Log an interaction
          </button>
          <button type="button" onClick={() => setOpen('reminder')}>
            New reminder
          </button>
          <button type="button" onClick={() => setOpen('edit')}>
            Edit
          </button>
          <button type="button" onClick={() => setOpen('merge')}>
            Merge…
          </button>
          <button type="button" onClick={() => setOpen('delete')}>
            Delete
          </button>
        </div>
      </header>

      <dl className="contact-facts">
        <div>
          <dt>Last contact</dt>
          <dd>{daysSince(contact.lastContactAt, now)}</dd>
        </div>
        <div>
          <dt>Next due</dt>
          <dd>{dueIn(contact.nextDueAt, now) || 'Nothing due'}</dd>
        </div>
        <div>
          <dt>Keep in touch</dt>
          <dd>{cadence}</dd>
        </div>
        {contact.email && (
          <div>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </div>
        )}
        {contact.phone && (
          <div>
            <dt>Phone</dt>
            <dd>
              <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>
            </dd>
          </div>
        )}
        {contact.profileUrl && (
          <div>
            <dt>Profile</dt>
            <dd>
              <a href={contact.profileUrl} target="_blank" rel="noreferrer noopener">
                {contact.profileUrl.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </div>
        )}
      </dl>

      <div className="contact-columns">
        <div>
          <section aria-labelledby="contact-reminders">
            <h3 id="contact-reminders">Reminders</h3>
            {reminders.data && reminders.data.length === 0 && <p className="muted">Nothing due for {contact.name}.</p>}
            {reminders.data && reminders.data.length > 0 && (
              <ul className="reminder-list">
                {reminders.data.map((reminder) => (
                  <ReminderItem key={reminder.id} reminder={reminder} now={now} hide="contact" />
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="contact-interactions">
            <h3 id="contact-interactions">Interactions</h3>
            {interactions.data && interactions.data.length === 0 && <p className="muted">None logged yet: log the last time you spoke, and Stint counts from it.</p>}
            {interactions.data && interactions.data.length > 0 && <InteractionList interactions={interactions.data} exceptContactId={contact.id} />}
          </section>
        </div>
        <div>
          <section aria-labelledby="contact-bids">
            <h3 id="contact-bids">Bids</h3>
            {contact.bids.length === 0 ? (
              <p className="muted">Not on any bid.</p>
            ) : (
              <ul className="contact-bids">
                {contact.bids.map((bid) => (
                  <li key={bid.id}>
                    <a href={formatAddress(withQuery(address, (query) => query.set('bid', String(bid.id))))}>{bid.title}</a> <span className="muted">{STAGE_LABELS[bid.stage]}</span> ·{' '}
                    {bid.roles.map((role) => ROLE_LABELS[role]).join(', ')}
                  </li>
                ))}
              </ul>
            )}
          </section>

          {contact.notes && (
            <section aria-labelledby="contact-notes">
              <h3 id="contact-notes">Notes</h3>
              <p className="contact-notes">{contact.notes}</p>
            </section>
          )}
        </div>
      </div>

      {open === 'edit' && <ContactFormDialog contact={contact} onClose={close} />}
      {open === 'log' && <LogInteractionDialog now={now} contacts={[{ id: contact.id, name: contact.name }]} onClose={close} />}
      {open === 'reminder' && <ReminderDialog now={now} about={{ contact: { id: contact.id, name: contact.name } }} onClose={close} />}
      {open === 'merge' && <MergeDialog what="contacts" keep={{ id: contact.id, name: contact.name }} onClose={close} />}
      {open === 'delete' && (
        <ConfirmDialog title={`Delete ${contact.name}?`} confirmLabel="Delete contact" busy={busy} onConfirm={() => void remove()} onCancel={close}>
          <p>
            Their reminders are deleted with them. Their {contact.bids.length === 1 ? 'bid stays' : `${contact.bids.length} bids stay`} and their interactions stay,
            without their name. If they are a duplicate, merge them instead: that keeps every link.
          </p>
        </ConfirmDialog>
      )}
    </article>
  );
}
