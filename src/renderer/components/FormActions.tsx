/**
 * The buttons at the foot of a form dialog: a way out, and the submit button, which says it is saving and takes
 * no second press meanwhile.
 */
export function FormActions({ onCancel, cancelLabel = 'Cancel', submitLabel, saving }: { onCancel: () => void; cancelLabel?: string; submitLabel: string; saving: boolean }) {
  return (
    <div className="dialog-actions">
      <button type="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="primary" disabled={saving} aria-busy={saving}>
        {saving ? 'Saving…' : submitLabel}
      </button>
    </div>
  );
}
