import { useBidPanel } from '../../app/bid-panel';
import { useWorkSummary } from './contract-queries';
import { daysLeftInWords, RAMP_UP_DAYS } from './days-left';
import './contracts.css';

/**
 * "42 days left in Interim CFO", for the app header: how long the current contract runs, a click away from its
 * bid. Shown in the warning colour within four weeks of the end, when the next contract should be lined up.
 * Nothing while no contract runs today.
 */
export function ContractCountdown() {
  const current = useWorkSummary().data?.current;
  const { openBid } = useBidPanel();
  if (!current) return null;
  const words = current.daysLeft <= 0 ? `Last day in ${current.bid.title}` : `${daysLeftInWords(current.daysLeft)} in ${current.bid.title}`;
  return (
    <button
      type="button"
      className={`contract-countdown${current.daysLeft <= RAMP_UP_DAYS ? ' contract-countdown-ending' : ''}`}
      onClick={() => openBid(current.bid.id)}
      title="Open the current contract’s bid"
    >
      {words}
    </button>
  );
}
