import { useCallback } from 'react';
import { openBidIn, withQuery } from './address';
import { currentAddress, goTo, useAddress } from './use-address';

/**
 * The bid open in the detail panel, kept in the address (`bid=<id>`) so that any page can open it, a link can
 * name it, and Back closes it. Opening from a closed panel is a step for Back; switching bids or closing is not.
 */
export function useBidPanel() {
  const openBidId = openBidIn(useAddress());
  const openBid = useCallback((id: number) => {
    const now = currentAddress();
    goTo(withQuery(now, (query) => query.set('bid', String(id))), openBidIn(now) === null ? 'push' : 'replace');
  }, []);
  const closeBid = useCallback(() => goTo(withQuery(currentAddress(), (query) => query.delete('bid')), 'replace'), []);
  return { openBidId, openBid, closeBid };
}
