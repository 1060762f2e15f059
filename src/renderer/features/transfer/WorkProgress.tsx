/** Long work under way, said in words with a progress bar: measured when `fraction` is known, moving when not. */
export function WorkProgress({ what, fraction }: { what: string; fraction?: number }) {
  return (
    <p role="status" className="transfer-progress">
      <label>
        {what} {fraction === undefined ? <progress /> : <progress max={1} value={fraction} />}
      </label>
    </p>
  );
}
