import type { Finding } from '../../../shared/schemas';

/** The findings above the charts, each with the numbers it rests on; a word on why there are none yet. */
export function Findings({ findings }: { findings: Finding[] }) {
  return (
    <section className="findings" aria-labelledby="findings-heading">
      <h3 id="findings-heading">Findings</h3>
      {findings.length === 0 ? (
        <p className="muted">
          No findings yet. They appear once a pattern rests on enough bids to be worth telling, for example ten rejections.
        </p>
      ) : (
        <ul>
          {findings.map((finding) => (
            <li key={finding.id} data-finding={finding.id}>
              <p className="finding-text">{finding.text}</p>
              <p className="finding-basis muted">Based on: {finding.basis}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
