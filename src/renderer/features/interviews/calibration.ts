import type { Interview } from '../../../shared/schemas';

/** "Compare the feedback with your own view: a big difference is a problem" (DOMAIN.md): from this gap on, in either direction. */
export const FLAGGED_GAP = 2;

export interface CalibrationSummary {
  text: string;
  gap: number;
  flagged: boolean;
}

/** A signed whole number as people write it: "+2", "0", "−3" (a minus sign, not a hyphen). */
export function signed(value: number): string {
  if (value > 0) return `+${value}`;
  return value < 0 ? `\u2212${Math.abs(value)}` : '0';
}

/** "You rated it 5, their feedback 2: gap −3", flagged when the views are far apart; null until both are in. */
export function calibrationSummary(interview: Pick<Interview, 'selfAssessment' | 'feedback' | 'calibrationGap'>): CalibrationSummary | null {
  const { selfAssessment, feedback, calibrationGap: gap } = interview;
  if (!selfAssessment || !feedback || gap === null) return null;
  return {
    text: `You rated it ${selfAssessment.rating}, their feedback ${feedback.rating}: gap ${signed(gap)}`,
    gap,
    flagged: Math.abs(gap) >= FLAGGED_GAP,
  };
}
