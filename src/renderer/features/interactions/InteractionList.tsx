import { useState } from 'react';
import { INTERACTION_CHANNEL_LABELS } from '../../../shared/domain';
import type { Interaction } from '../../../shared/schemas';
import { formatAddress, withQuery } from '../../app/address';
import { formatInstant } from '../../app/dates';
import { useAddress } from '../../app/use-address';

/** The latest this many show at first: the rest are older history, one click away. */
const INTERACTIONS_SHOWN = 20;

/** Interactions, latest first: when, how, with whom (besides the person whose page it is), about which bid, what was said. */
export function InteractionList({ interactions, exceptContactId }: { interactions: Interaction[]; exceptContactId?: number }) {
  const [showAll, setShowAll] = useState(false);
  const address = useAddress();
  const shown = showAll ? interactions : interactions.slice(0, INTERACTIONS_SHOWN);
  return (
    <>
      <ul className="interaction-list">
        {shown.map((interaction) => {
          const others = interaction.contacts.filter((person) => person.id !== exceptContactId);
          return (
            <li key={interaction.id}>
              <p className="interaction-head">
                <strong>{INTERACTION_CHANNEL_LABELS[interaction.channel]}</strong> · {formatInstant(interaction.occurredAt)}
                {others.length > 0 && (
                  <>
                    {' '}
                    · with{' '}
                    {others.map((person, index) => (
                      <span key={person.id}>
                        {index > 0 && ', '}
                        <a href={`#/contacts?contact=${person.id}`}>{person.name}</a>
                      </span>
                    ))}
                  </>
                )}
                {interaction.bid && (
                  <>
                    {' '}
                    · about <a href={formatAddress(withQuery(address, (query) => query.set('bid', String(interaction.bid?.id))))}>{interaction.bid.name}</a>
                  </>
                )}
              </p>
              {interaction.summary && <p className="interaction-summary">{interaction.summary}</p>}
            </li>
          );
        })}
      </ul>
      {shown.length < interactions.length && (
        <button type="button" className="link" onClick={() => setShowAll(true)}>
          Show all {interactions.length} interactions
        </button>
      )}
    </>
  );
}
