import { openBidIn, withQuery, type Address } from '../../app/address';
import { currentAddress, goTo, useAddress } from '../../app/use-address';

/**
 * "How did the interview go?" asked for, in the address (`bid=<id>&assess=<interview id>`): the card's prompt
 * opens the bid with the self-assessment form of that interview, and a reload or Back finds it as it was.
 */
export function assessRequestIn(address: Address): number | null {
  const id = Number(address.query.get('assess'));
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

export function withAssessRequest(address: Address, bidId: number, interviewId: number): Address {
  return withQuery(address, (query) => {
    query.set('bid', String(bidId));
    query.set('assess', String(interviewId));
  });
}

/** Opens bid `bidId` with the self-assessment of `interviewId`; a step for Back if no bid was open. */
export function requestSelfAssessment(bidId: number, interviewId: number): void {
  const now = currentAddress();
  goTo(withAssessRequest(now, bidId, interviewId), openBidIn(now) === null ? 'push' : 'replace');
}

function clearSelfAssessmentRequest(): void {
  goTo(withQuery(currentAddress(), (query) => query.delete('assess')), 'replace');
}

/** The interview whose self-assessment the address asks for, and the ways to ask for one and to be done. */
export function useAssessRequest() {
  return { interviewId: assessRequestIn(useAddress()), request: requestSelfAssessment, clear: clearSelfAssessmentRequest };
}
