import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../app/api-context';
import { useToasts } from '../toasts/toasts';
import './empty-state.css';

/** The first thing a new user sees: two ways to get a pipeline on the board. */
export function EmptyState({ onAddBid }: { onAddBid: () => void }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const toasts = useToasts();
  const [loading, setLoading] = useState(false);

  const loadSample = async () => {
    setLoading(true);
    try {
      const result = await api.loadSampleData(undefined);
      await queryClient.invalidateQueries();
      toasts.show(`Loaded ${result.bids} sample bids with ${result.events} stage changes.`);
    } catch (error) {
      toasts.show((error as Error).message, { tone: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <section className="empty-state" aria-labelledby="empty-title">
      <h2 id="empty-title">Your pipeline is empty</h2>
      <p>
        Track every bid from first lead to signed contract, so that no opportunity goes quiet unnoticed and you can see
        what each rejection teaches you.
      </p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={onAddBid}>
          Add your first bid
        </button>
        <button type="button" onClick={() => void loadSample()} disabled={loading} aria-busy={loading}>
          {loading ? 'Loading sample data…' : 'Load sample data'}
        </button>
      </div>
      <p className="muted">Sample data is two years of an interim manager’s bids. Everything stays on this computer.</p>
    </section>
  );
}
