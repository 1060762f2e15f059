import { useConnection } from '../../app/connection-context';

/**
 * In place of what is still to come: "Loading your skills…" while Stint answers, or, while it cannot be reached,
 * that this part waits for Stint (the banner says why), so that an empty space never reads as "nothing here".
 */
export function Loading({ what }: { what: string }) {
  const { state } = useConnection();
  return (
    <p className="muted" role="status">
      {state === 'online' ? `Loading ${what}…` : `${capitalised(what)} will show here once Stint can be reached again.`}
    </p>
  );
}

/**
 * Above content that belongs to an earlier request (the charts of the filters before a change) while the new one
 * waits for Stint: what is shown is said to be out of date, not passed off as the answer.
 */
export function ShowingEarlier({ what }: { what: string }) {
  const { state } = useConnection();
  if (state === 'online') return null;
  return (
    <p className="stale-note" role="status">
      {capitalised(what)} below are from before your last change: they follow it once Stint can be reached again.
    </p>
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
