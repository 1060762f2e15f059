import { useState } from 'react';
import { withQuery } from '../../app/address';
import { currentAddress, goTo, useAddress } from '../../app/use-address';
import { ContactDetail } from './ContactDetail';
import { ContactFormDialog } from './ContactFormDialog';
import { ContactList } from './ContactList';
import { OrganisationDetail, OrganisationList } from './OrganisationViews';
import { OrganisationFormDialog } from './OrganisationFormDialog';
import './contacts.css';

function idIn(query: URLSearchParams, key: string): number | null {
  const id = Number(query.get(key));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** People and organisations: the list (`#/contacts`), a contact's page (`?contact=`), an organisation's (`?organisation=`). */
export function ContactsPage() {
  const { query } = useAddress();
  const contactId = idIn(query, 'contact');
  const organisationId = idIn(query, 'organisation');
  const organisations = query.get('view') === 'organisations';
  const [adding, setAdding] = useState<'none' | 'contact' | 'organisation'>('none');

  return (
    <div className="page contacts-page">
      <div className="contacts-scroll">
        {contactId !== null ? (
          <ContactDetail key={contactId} id={contactId} onBack={() => goTo(withQuery(currentAddress(), (next) => next.delete('contact')), 'replace')} />
        ) : organisationId !== null ? (
          <OrganisationDetail key={organisationId} id={organisationId} />
        ) : (
          <>
            <div className="contacts-head">
              <h2 tabIndex={-1} data-page-heading>
                Contacts
              </h2>
              <nav className="view-switch" aria-label="Contacts or organisations">
                <a href="#/contacts" aria-current={organisations ? undefined : 'page'}>
                  People
                </a>
                <a href="#/contacts?view=organisations" aria-current={organisations ? 'page' : undefined}>
                  Organisations
                </a>
              </nav>
              <span className="spacer" />
              <button type="button" className="primary" onClick={() => setAdding(organisations ? 'organisation' : 'contact')}>
                {organisations ? 'Add an organisation' : 'Add a contact'}
              </button>
            </div>
            {organisations ? <OrganisationList /> : <ContactList onAdd={() => setAdding('contact')} />}
          </>
        )}
      </div>
      {adding === 'contact' && <ContactFormDialog onClose={() => setAdding('none')} />}
      {adding === 'organisation' && <OrganisationFormDialog onClose={() => setAdding('none')} />}
    </div>
  );
}
