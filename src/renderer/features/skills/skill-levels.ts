import { SKILL_LEVEL_LABELS } from '../../../shared/domain';

export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** "3 · Practitioner". */
export function levelInWords(level: number): string {
  return `${level} · ${SKILL_LEVEL_LABELS[level as SkillLevel] ?? ''}`;
}

export const LEVEL_OPTION_LABELS: Record<SkillLevel, string> = {
  1: levelInWords(1),
  2: levelInWords(2),
  3: levelInWords(3),
  4: levelInWords(4),
  5: levelInWords(5),
};
