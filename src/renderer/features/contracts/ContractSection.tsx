import { useState } from 'react';
import type { Bid, Contract, WorkSummary } from '../../../shared/schemas';
import { formatCalendarDate, formatInstant } from '../../app/dates';
import { Fact } from '../bid-detail/Fact';
import { formatRate } from '../board/format';
import { ChangeEndDialog } from './ChangeEndDialog';
import { ContractFormDialog } from './ContractFormDialog';
import { useContract, useWorkSummary } from './contract-queries';
import { daysLeftInWords, localIsoDate } from './days-left';
import './contracts.css';

type Editing = 'none' | 'contract' | 'end';

/** Where this contract stands today: the days left come from the work summary, which counts as the core does. */
function standing(contract: Contract, summary: WorkSummary | undefined): string {
  if (summary?.current?.bid.id === contract.bidId) {
    return `${daysLeftInWords(summary.current.daysLeft)} (ends ${formatCalendarDate(summary.current.endsOn)})`;
  }
  if (contract.startOn > localIsoDate()) return `Starts on ${formatCalendarDate(contract.startOn)}`;
  return `Ended on ${formatCalendarDate(contract.actualEndOn ?? contract.plannedEndOn)}`;
}

/** A won bid's contract in the bid panel: its dates, agreed rate, days left and every move of its end. */
export function ContractSection({ bid }: { bid: Bid }) {
  const contractQuery = useContract(bid.id);
  const summary = useWorkSummary().data;
  const [editing, setEditing] = useState<Editing>('none');
  const contract = contractQuery.data;

  return (
    <section aria-labelledby={`contract-${bid.id}`} className="contract-section">
      <h3 id={`contract-${bid.id}`}>Contract</h3>
      {contractQuery.isError && <p className="form-error">{(contractQuery.error as Error).message}</p>}
      {contract === null && (
        <>
          <p className="muted">No contract recorded yet. Record its dates to see the days left and your time on the bench.</p>
          <button type="button" onClick={() => setEditing('contract')}>
            Record contract…
          </button>
        </>
      )}
      {contract && (
        <>
          <dl className="facts">
            <Fact term="Start">{formatCalendarDate(contract.startOn)}</Fact>
            <Fact term="Planned end">{formatCalendarDate(contract.plannedEndOn)}</Fact>
            {contract.actualEndOn && <Fact term="Actual end">{formatCalendarDate(contract.actualEndOn)}</Fact>}
            <Fact term="Agreed rate">{contract.rate && formatRate(contract.rate)}</Fact>
            <Fact term="Today">{standing(contract, summary)}</Fact>
          </dl>
          <div className="detail-actions">
            <button type="button" onClick={() => setEditing('contract')}>
              Edit contract…
            </button>
            {/* An ended contract is extended by clearing its actual end first (Edit contract): the core refuses otherwise. */}
            {contract.actualEndOn === null && (
              <button type="button" onClick={() => setEditing('end')}>
                Extend or shorten…
              </button>
            )}
          </div>
          {contract.endChanges.length > 0 && (
            <>
              <h4>Changes to the end</h4>
              <ol className="end-changes">
                {contract.endChanges.map((change) => (
                  <li key={change.id}>
                    {change.toEndOn > change.fromEndOn ? 'Extended' : 'Brought forward'} from {formatCalendarDate(change.fromEndOn)} to{' '}
                    {formatCalendarDate(change.toEndOn)} <span className="muted">on {formatInstant(change.at)}</span>
                    {change.note && <p className="end-change-note">{change.note}</p>}
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
      {editing === 'contract' && contract !== undefined && <ContractFormDialog bid={bid} contract={contract} onClose={() => setEditing('none')} />}
      {editing === 'end' && contract && <ChangeEndDialog bidTitle={bid.title} contract={contract} onClose={() => setEditing('none')} />}
    </section>
  );
}
