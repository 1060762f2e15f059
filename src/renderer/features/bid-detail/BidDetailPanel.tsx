import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import {
  ENGAGEMENT_LABELS,
  IR35_LABELS,
  PRIORITY_LABELS,
  REMOTE_MODE_LABELS,
  SOURCE_LABELS,
  STAGE_LABELS,
  STAGES,
  type Stage,
} from '../../../shared/domain';
import type { Bid } from '../../../shared/schemas';
import { bidIsGone, failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { useConnection } from '../../app/connection-context';
import { EnumOptions } from '../../components/EnumOptions';
import { formatDateRange } from '../../app/dates';
import { queryKeys } from '../../app/query-keys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBidMoves } from '../board/bid-moves';
import { ContractSection } from '../contracts/ContractSection';
import { planFocusAfterRemoval } from '../board/focus-after-removal';
import { formatDaysInStage, formatRate } from '../board/format';
import { BidRelationsSection } from '../interactions/BidRelationsSection';
import { InterviewsSection } from '../interviews/InterviewsSection';
import { OutcomeSection } from '../outcomes/OutcomeSection';
import { useToasts } from '../toasts/toasts';
import { bidCardOf } from './bid-card-of';
import { Fact } from './Fact';
import { LongText } from './LongText';
import { StageTimeline } from './StageTimeline';
import { whyBidNotShown } from './why-not-shown';
import './bid-detail.css';

interface BidDetailPanelProps {
  id: number;
  onClose: () => void;
  onEdit: (bid: Bid) => void;
}

export function BidDetailPanel({ id, onClose, onEdit }: BidDetailPanelProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const { move, forgetBid } = useBidMoves();
  const { state: connection } = useConnection();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const bidQuery = useQuery({ queryKey: queryKeys.bid(id), queryFn: () => api.getBid({ id }) });
  const bid = bidQuery.data;

  useEffect(() => headingRef.current?.focus(), [id, bid?.id]);

  const afterChange = async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.board }), queryClient.invalidateQueries({ queryKey: queryKeys.bid(id) })]);
  };

  const setArchived = async (archived: boolean) => {
    if (!bid) return;
    const failed = (error: unknown) => toasts.show(failureMessage(error, bidIsGone(`“${bid.title}”`)), { tone: 'error' });
    try {
      await api.setArchived({ id, archived });
      await afterChange();
      toasts.show(archived ? `Archived “${bid.title}”.` : `Restored “${bid.title}” to the board.`, {
        action: { label: 'Undo', run: () => void api.setArchived({ id, archived: !archived }).then(afterChange, failed) },
      });
    } catch (error) {
      failed(error);
    }
  };

  const remove = async () => {
    if (!bid) return;
    // Found while the card is still on the board: the panel closes, and keyboard users keep their place.
    const restoreFocus = planFocusAfterRemoval(id);
    try {
      await api.deleteBid({ id });
      setConfirmDelete(false);
      onClose();
      forgetBid(id);
      await queryClient.invalidateQueries({ queryKey: queryKeys.board });
      queryClient.removeQueries({ queryKey: queryKeys.bid(id) });
      toasts.show(`Deleted “${bid.title}”.`);
      restoreFocus();
    } catch (error) {
      toasts.show(failureMessage(error, bidIsGone(`“${bid.title}”`)), { tone: 'error' });
    }
  };

  const notShown = bid ? null : whyBidNotShown(connection, bidQuery.error);

  return (
    <aside
      className="detail"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        // Escape in a dialog opened from the panel (delete, what happened) is that dialog's own.
        if (event.key === 'Escape' && !confirmDelete && !(event.target as Element).closest('dialog')) onClose();
      }}
    >
      <header className="detail-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {bid?.title ?? notShown?.heading ?? 'Loading…'}
        </h2>
        <button type="button" className="dialog-close" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      {notShown && <p className="detail-body form-error">{notShown.explanation}</p>}
      {bid && (
        <div className="detail-body">
          <div className="detail-actions">
            <label>
              Stage{' '}
              <select value={bid.stage} onChange={(event) => void move(bidCardOf(bid), event.target.value as Stage)}>
                <EnumOptions values={STAGES} labels={STAGE_LABELS} />
              </select>
            </label>
            <button type="button" onClick={() => onEdit(bid)}>
              Edit
            </button>
            <button type="button" onClick={() => void setArchived(!bid.archived)}>
              {bid.archived ? 'Restore' : 'Archive'}
            </button>
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          </div>
          {bid.archived && <p className="muted">Archived: hidden from the board until restored.</p>}
          <dl className="facts">
            <Fact term="Client">{bid.client?.name ?? 'Undisclosed'}</Fact>
            <Fact term="Agency">{bid.agency?.name ?? 'Direct'}</Fact>
            <Fact term="Recruiter">{bid.recruiter?.name}</Fact>
            <Fact term="Hiring manager">{bid.hiringManager?.name}</Fact>
            <Fact term="Rate">{bid.rate && formatRate(bid.rate)}</Fact>
            <Fact term="IR35">{IR35_LABELS[bid.ir35]}</Fact>
            <Fact term="Engagement">{ENGAGEMENT_LABELS[bid.engagement]}</Fact>
            <Fact term="Source">{SOURCE_LABELS[bid.source]}</Fact>
            <Fact term="Duration">{bid.durationValue !== null && `${bid.durationValue} ${bid.durationUnit}`}</Fact>
            <Fact term="Expected dates">{formatDateRange(bid.expectedStart, bid.expectedEnd)}</Fact>
            <Fact term="Location">{[bid.location, bid.remoteMode && REMOTE_MODE_LABELS[bid.remoteMode]].filter(Boolean).join(' · ')}</Fact>
            <Fact term="Priority">{PRIORITY_LABELS[bid.priority]}</Fact>
            <Fact term="In stage">{formatDaysInStage(bid.daysInStage)}</Fact>
            <Fact term="Tags">{bid.tags.join(', ')}</Fact>
          </dl>
          <InterviewsSection bid={bid} />
          {bid.stage === 'won' && <ContractSection bid={bid} />}
          <section aria-label="Stage history">
            <h3>Stage history</h3>
            <StageTimeline events={bid.history} />
          </section>
          <OutcomeSection bidId={bid.id} bidTitle={bid.title} />
          <BidRelationsSection bid={bid} />
          <section aria-label="Brief">
            <h3>Brief ({bid.briefCompleteness}% complete)</h3>
            {bid.briefText ? <LongText text={bid.briefText} /> : <p className="muted">No brief yet. Never accept a two-line brief: ask the recruiter.</p>}
            <ul className="checklist-view">
              {bid.briefChecklist.map((item, index) => (
                <li key={index} className={item.done ? 'done' : ''}>
                  <span aria-hidden="true">{item.done ? '✓' : '○'}</span> {item.label}
                  <span className="visually-hidden">{item.done ? ' (answered)' : ' (open)'}</span>
                </li>
              ))}
            </ul>
          </section>
          {bid.notes && (
            <section aria-label="Notes">
              <h3>Notes</h3>
              <LongText text={bid.notes} />
            </section>
          )}
        </div>
      )}
      {confirmDelete && bid && (
        <ConfirmDialog title="Delete this bid?" confirmLabel="Delete for good" onConfirm={() => void remove()} onCancel={() => setConfirmDelete(false)}>
          <p>
            “{bid.title}” and its stage history will be deleted. This cannot be undone; archive it instead to keep its
            history out of the way.
          </p>
        </ConfirmDialog>
      )}
    </aside>
  );
}
