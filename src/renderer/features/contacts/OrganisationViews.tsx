import { useDeferredValue, useState } from 'react';
import { CONTACT_KIND_LABELS, STAGE_LABELS } from '../../../shared/domain';
import type { OrganisationDetail as Organisation } from '../../../shared/schemas';
import { failureMessage } from '../../api/failure-message';
import { Loading } from '../connection/Loading';
import { useCoreNow } from '../today/today-queries';
import { useOrganisation, useOrganisations } from './contacts-queries';
import { daysSince } from './days-since';
import { MergeDialog } from './MergeDialog';
import { ORGANISATION_KIND_LABELS, OrganisationFormDialog } from './OrganisationFormDialog';

/** Agencies and clients, by name, each with how many contacts and bids it has. */
export function OrganisationList() {
  const [text, setText] = useState('');
  const list = useOrganisations(useDeferredValue(text.trim()));
  return (
    <>
      <div className="contacts-filters" role="search" aria-label="Find organisations">
        <input type="search" aria-label="Search organisations" placeholder="Search organisations" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      {list.isError && (
        <p className="form-error" role="alert">
          {failureMessage(list.error)}
        </p>
      )}
      {!list.data && !list.isError && <Loading what="organisations" />}
      {list.data && list.data.length === 0 && <p className="muted contacts-empty">{text ? 'No organisation matches.' : 'No organisations yet: they are added with the bids and contacts that name them.'}</p>}
      {list.data && list.data.length > 0 && (
        <ul className="organisation-list">
          {list.data.map((organisation) => (
            <li key={organisation.id}>
              <a href={`#/contacts?organisation=${organisation.id}`}>{organisation.name}</a> <span className="muted">{ORGANISATION_KIND_LABELS[organisation.kind]}</span> ·{' '}
              {organisation.contactCount} {organisation.contactCount === 1 ? 'contact' : 'contacts'} · {organisation.bidCount} {organisation.bidCount === 1 ? 'bid' : 'bids'}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One organisation: its details, its people, and the bids it is on as client or agency. */
export function OrganisationDetail({ id }: { id: number }) {
  const organisation = useOrganisation(id);
  if (organisation.isError) {
    return (
      <div className="contact-detail">
        <a href="#/contacts?view=organisations">← All organisations</a>
        <p className="form-error" role="alert">
          {failureMessage(organisation.error, 'That organisation no longer exists: it may have been merged in another window.')}
        </p>
      </div>
    );
  }
  if (!organisation.data) return <Loading what="this organisation" />;
  return <OrganisationView organisation={organisation.data} />;
}

function OrganisationView({ organisation }: { organisation: Organisation }) {
  const now = useCoreNow();
  const [open, setOpen] = useState<'none' | 'edit' | 'merge'>('none');
  return (
    <article className="contact-detail" aria-labelledby="organisation-name">
      <a href="#/contacts?view=organisations">← All organisations</a>
      <header className="contact-header">
        <div>
          <h2 id="organisation-name" tabIndex={-1} data-page-heading>
            {organisation.name}
          </h2>
          <p className="contact-sub">
            <span className="badge badge-quiet">{ORGANISATION_KIND_LABELS[organisation.kind]}</span>
            {organisation.website && (
              <a href={organisation.website} target="_blank" rel="noreferrer noopener">
                {organisation.website.replace(/^https?:\/\//, '')}
              </a>
            )}
          </p>
        </div>
        <div className="contact-actions">
          <button type="button" onClick={() => setOpen('edit')}>
            Edit
          </button>
          <button type="button" onClick={() => setOpen('merge')}>
            Merge…
          </button>
        </div>
      </header>
      <section aria-labelledby="organisation-people">
        <h3 id="organisation-people">People</h3>
        {organisation.contacts.length === 0 ? (
          <p className="muted">Nobody at {organisation.name} yet.</p>
        ) : (
          <ul className="contact-bids">
            {organisation.contacts.map((person) => (
              <li key={person.id}>
                <a href={`#/contacts?contact=${person.id}`}>{person.name}</a>
                {person.keyPartner && <span className="badge">Key partner</span>} <span className="muted">{person.contactKind ? CONTACT_KIND_LABELS[person.contactKind] : ''}</span> · last
                contact {daysSince(person.lastContactAt, now).toLowerCase()}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="organisation-bids">
        <h3 id="organisation-bids">Bids</h3>
        {organisation.bids.length === 0 ? (
          <p className="muted">No bids with {organisation.name}.</p>
        ) : (
          <ul className="contact-bids">
            {organisation.bids.map((bid) => (
              <li key={bid.id}>
                <a href={`#/contacts?organisation=${organisation.id}&bid=${bid.id}`}>{bid.title}</a> <span className="muted">{STAGE_LABELS[bid.stage]}</span> · as{' '}
                {bid.as}
              </li>
            ))}
          </ul>
        )}
      </section>
      {organisation.notes && (
        <section aria-labelledby="organisation-notes">
          <h3 id="organisation-notes">Notes</h3>
          <p className="contact-notes">{organisation.notes}</p>
        </section>
      )}
      {open === 'edit' && <OrganisationFormDialog organisation={organisation} onClose={() => setOpen('none')} />}
      {open === 'merge' && <MergeDialog what="organisations" keep={{ id: organisation.id, name: organisation.name }} onClose={() => setOpen('none')} />}
    </article>
  );
}
