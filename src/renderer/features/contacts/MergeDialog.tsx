import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { failureMessage } from '../../api/failure-message';
import { useApi } from '../../app/api-context';
import { Dialog } from '../../components/Dialog';
import { useToasts } from '../toasts/toasts';
import { useRefreshRelationships } from '../today/today-queries';

interface MergeDialogProps {
  what: 'contacts' | 'organisations';
  /** The record whose page this is: the one kept. */
  keep: { id: number; name: string };
  onClose: () => void;
}

/**
 * Two duplicates made one: the user finds the other, is told exactly what will move to the one kept, and
 * confirms. The merge happens in one transaction; the duplicate is deleted.
 */
export function MergeDialog({ what, keep, onClose }: MergeDialogProps) {
  const api = useApi();
  const toasts = useToasts();
  const refresh = useRefreshRelationships();
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const [other, setOther] = useState<{ id: number; name: string } | null>(null);
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noun = what === 'contacts' ? 'contact' : 'organisation';
  const matches = useQuery({
    queryKey: ['merge-candidates', what, query],
    queryFn: () => (what === 'contacts' ? api.searchContacts({ query, limit: 10 }) : api.searchOrganisations({ query, limit: 10 })),
    enabled: query.length > 0,
  });
  const preview = useQuery({
    queryKey: ['merge-preview', what, keep.id, other?.id],
    queryFn: () => api.merge({ what, keepId: keep.id, mergeId: other?.id as number }),
    enabled: other !== null,
    gcTime: 0,
  });

  const confirm = async () => {
    if (!other) return;
    setMerging(true);
    setError(null);
    try {
      const result = await api.merge({ what, keepId: keep.id, mergeId: other.id, confirm: true });
      await refresh();
      toasts.show(`Merged ${other.name} into ${keep.name}${result.moves.length > 0 ? `: moved ${result.moves.join(', ')}` : ''}.`);
      onClose();
    } catch (failure) {
      setError(failureMessage(failure));
    } finally {
      setMerging(false);
    }
  };

  const candidates = (matches.data ?? []).filter((match) => match.id !== keep.id);
  return (
    <Dialog title={`Merge a duplicate into ${keep.name}`} onClose={onClose} size="large">
      <div className="dialog-body merge-body">
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <label className="merge-search">
          Find the duplicate {noun}{' '}
          <input type="search" value={text} onChange={(event) => (setText(event.target.value), setOther(null))} data-autofocus />
        </label>
        {query && candidates.length === 0 && !matches.isFetching && <p className="muted">No other {noun} matches “{query}”.</p>}
        {candidates.length > 0 && (
          <fieldset className="merge-candidates">
            <legend>Which one is the duplicate?</legend>
            {candidates.map((candidate) => (
              <label key={candidate.id} className="checkbox">
                <input type="radio" name="merge-candidate" checked={other?.id === candidate.id} onChange={() => setOther(candidate)} />
                {candidate.name}
              </label>
            ))}
          </fieldset>
        )}
        {other && (
          <div className="merge-preview" aria-live="polite">
            {preview.isError && <p className="form-error">{failureMessage(preview.error)}</p>}
            {preview.data && (
              <>
                <p>
                  <strong>{other.name}</strong> will be deleted, and everything linked to them will move to <strong>{keep.name}</strong>:
                </p>
                {preview.data.moves.length === 0 ? <p>Nothing is linked to {other.name}.</p> : <ul>{preview.data.moves.map((move) => <li key={move}>{move}</li>)}</ul>}
                <p className="muted">Details {keep.name} lacks (email, phone, website…) are taken from {other.name}; both sets of notes are kept. This cannot be undone.</p>
              </>
            )}
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={!preview.data || merging} aria-busy={merging} onClick={() => void confirm()}>
          {merging ? 'Merging…' : other ? `Merge ${other.name} into ${keep.name}` : 'Merge'}
        </button>
      </div>
    </Dialog>
  );
}
