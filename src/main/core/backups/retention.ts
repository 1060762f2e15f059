import { startOfDay, startOfISOWeek } from 'date-fns';
import { BACKUPS_KEPT } from '../../../shared/domain/backups';

interface Dated {
  name: string;
  takenAt: number;
}

/** The newest of each period (by `periodOf`), for the `count` most recent periods that have a backup. */
function newestPerPeriod(backups: Dated[], periodOf: (at: number) => number, count: number): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.takenAt - a.takenAt);
  const kept = new Set<string>();
  const periods = new Set<number>();
  for (const backup of newestFirst) {
    const period = periodOf(backup.takenAt);
    if (periods.has(period)) continue;
    if (periods.size === count) break;
    periods.add(period);
    kept.add(backup.name);
  }
  return kept;
}

/**
 * The backups to remove: all but the newest of each of the last 7 days and of each of the last 4 weeks that have
 * one (days and weeks in local time). The newest backup is always among those kept.
 */
export function backupsToRemove(backups: Dated[]): string[] {
  const daily = newestPerPeriod(backups, (at) => startOfDay(at).getTime(), BACKUPS_KEPT.daily);
  const weekly = newestPerPeriod(backups, (at) => startOfISOWeek(at).getTime(), BACKUPS_KEPT.weekly);
  return backups.filter((backup) => !daily.has(backup.name) && !weekly.has(backup.name)).map((backup) => backup.name);
}
