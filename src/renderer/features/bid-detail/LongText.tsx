import { useId, useState } from 'react';

/** Past this many characters or lines a text is shown folded, so that what follows it stays in reach. */
const FOLD_CHARS = 600;
const FOLD_LINES = 8;

/** Pre-wrapped text that folds to its first lines when long, with a button to show it all and fold it again. */
export function LongText({ text }: { text: string }) {
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const long = text.length > FOLD_CHARS || text.split('\n').length > FOLD_LINES;
  return (
    <>
      <p id={id} className={`prewrap${long && !expanded ? ' folded-text' : ''}`}>
        {text}
      </p>
      {long && (
        <button type="button" className="link" aria-controls={id} aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show less' : 'Show all'}
        </button>
      )}
    </>
  );
}
