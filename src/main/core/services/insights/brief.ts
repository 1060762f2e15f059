/** Chart 7: do thin briefs lose more? Won and lost bids by how complete their brief checklist is. */
import { sql } from 'drizzle-orm';
import { BRIEF_BANDS, type Insights } from '../../../../shared/schemas';
import type { Db } from '../../db/open';
import { prepareRows } from './prepared';
import { percent, sufficiency } from './sufficiency';

export const BRIEF_BAND_LABELS = ['Under 25%', '25–49%', '50–74%', '75% or more'] as const;

/** Brief completeness bands (see `insight_scope.band`), thinnest first. */
export function createBriefChart(db: Db): () => Insights['brief'] {
  const statement = prepareRows<{ band: number; won: number; lost: number }>(
    db,
    ['band', 'won', 'lost'],
    sql`SELECT s.band AS band, sum(s.won) AS won, sum(s.lost) AS lost FROM insight_scope s WHERE s.won = 1 OR s.lost = 1 GROUP BY band`,
  );

  return () => {
    const rows = new Map(statement.all({}).map((row) => [row.band, row]));
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
