/** Chart 7: do thin briefs lose more? Won and lost bids by how complete their brief checklist is. */
import { sql } from 'drizzle-orm';
import { BRIEF_BANDS, type Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareScopedRows } from './prepared';
import { briefBand, type Scope } from './scope';
import { percent, sufficiency } from './sufficiency';

export const BRIEF_BAND_LABELS = ['Under 25%', '25–49%', '50–74%', '75% or more'] as const;

/** Brief completeness bands (see `briefBand`), thinnest first. */
export function createBriefChart(db: Db): (scope: Scope) => Insights['brief'] {
  // Counted by exact completeness in the order of the index first (no sorting), then the few counts by band.
  const statement = prepareScopedRows<{ band: number; won: number; lost: number }>(
    db,
    ['band', 'won', 'lost'],
    (inScope) => sql`SELECT ${briefBand(sql`completeness`)} AS band, sum(won) AS won, sum(lost) AS lost FROM (
        SELECT s.brief_completeness AS completeness, sum(s.closed = 'won') AS won, sum(s.closed = 'lost') AS lost
        FROM bid_facts s INDEXED BY bid_facts_brief_idx WHERE s.closed IN ('won', 'lost') AND ${inScope} GROUP BY s.closed, s.brief_completeness)
      GROUP BY band`,
  );

  return (scope) => {
    const rows = new Map(statement.all(scope).map((row) => [row.band, row]));
    const bands = BRIEF_BANDS.map((band) => {
      const won = rows.get(band)?.won ?? 0;
      const lost = rows.get(band)?.lost ?? 0;
      return { band, label: BRIEF_BAND_LABELS[band], won, lost, lossRate: won + lost === 0 ? null : lost / (won + lost) };
    });
    const decided = bands.reduce((sum, band) => sum + band.won + band.lost, 0);
    const compared = bands.filter((band) => band.lossRate !== null);
    const thinnest = compared[0];
    const fullest = compared[compared.length - 1];
    return {
      ...sufficiency('brief', decided, () => {
        if (!thinnest || !fullest || thinnest === fullest) return `All ${decided} won or lost bids had briefs ${thinnest?.label.toLowerCase()} complete.`;
        const rate = (band: typeof thinnest) => `${percent(band.lossRate as number)} of the time (${band.lost} of ${band.won + band.lost})`;
        return `Briefs ${thinnest.label.toLowerCase()} complete were lost ${rate(thinnest)}; briefs ${fullest.label.toLowerCase()} complete, ${rate(fullest)}.`;
      }),
      bands,
      decided,
    };
  };
}
