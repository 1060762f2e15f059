import { useEffect, useRef } from 'react';
import { STAGE_LABELS } from '../../../shared/domain';
import type { InsightFilters, InsightPoint } from '../../../shared/schemas';
import { useBidPanel } from '../../app/bid-panel';
import { formatCalendarDate } from '../../app/dates';
import { Dialog } from '../../components/Dialog';
import { Loading } from '../connection/Loading';
import { useInsightBids } from './insights-queries';

interface PointBidsDialogProps {
  point: InsightPoint;
  title: string;
  filters: InsightFilters;
  onClose: () => void;
}

/** The bids behind one bar: choosing one closes this list and opens the bid beside the page. */
export function PointBidsDialog({ point, title, filters, onClose }: PointBidsDialogProps) {
  const { openBid } = useBidPanel();
  const bids = useInsightBids(point, filters);
  const data = bids.data;
  const more = data ? data.total - data.bids.length : 0;
  // The list arrives after the dialog opens: focus its first bid then, so that Enter opens it and ↓/Tab go on.
  const firstBid = useRef<HTMLButtonElement>(null);
  const loaded = data !== undefined;
  useEffect(() => {
    if (loaded) firstBid.current?.focus();
  }, [loaded]);
  return (
    <Dialog title={title} onClose={onClose} size="large">
      <div className="dialog-body point-bids" aria-busy={bids.isFetching}>
        {bids.isError && (
          <p className="form-error" role="alert">
            {(bids.error as Error).message}
          </p>
        )}
        {!data && !bids.isError && <Loading what="the bids" />}
        {data && data.total === 0 && <p>No bids here any more: they may have moved since the chart was drawn.</p>}
        {data && data.total > 0 && (
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Bid</th>
                <th scope="col">Client</th>
                <th scope="col">Stage now</th>
                <th scope="col">{data.dateLabel}</th>
              </tr>
            </thead>
            <tbody>
              {data.bids.map((bid, index) => (
                <tr key={bid.id}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      ref={index === 0 ? firstBid : undefined}
                      onClick={() => {
                        onClose();
                        openBid(bid.id);
                      }}
                    >
                      {bid.title}
                    </button>
                  </th>
                  <td>{bid.clientName ?? <span className="muted">—</span>}</td>
                  <td>{STAGE_LABELS[bid.stage]}</td>
                  <td>{formatCalendarDate(bid.on)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {more > 0 && <p className="muted">And {more.toLocaleString()} more, not listed: narrow the filters to see them.</p>}
      </div>
    </Dialog>
  );
}
