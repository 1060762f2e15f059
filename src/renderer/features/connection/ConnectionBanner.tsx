import { SIGNED_OUT_MESSAGE, UNREACHABLE_MESSAGE } from '../../api/client';
import { useConnection } from '../../app/connection-context';
import './connection-banner.css';

/** Says, for as long as it lasts, that Stint cannot be asked; goes away by itself when Stint answers again. */
export function ConnectionBanner() {
  const { state, checkNow } = useConnection();
  if (state === 'online') return null;
  return (
    <div className="connection-banner" role="alert">
      <p>
        {state === 'unreachable'
          ? `${UNREACHABLE_MESSAGE} This page shows what was last loaded, and nothing can be saved until Stint is back.`
          : `${SIGNED_OUT_MESSAGE} This window carries on by itself once you have.`}
      </p>
      <button type="button" onClick={checkNow}>
        Try again now
      </button>
    </div>
  );
}
