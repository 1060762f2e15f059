import { backups } from './backups';
import { imports } from './imports';
import { stageMoves } from './stage-moves';
import type { Workload } from './workload';

/** Every workload the crash test can kill, by name: the child looks its workload up here. */
export const WORKLOADS: Record<string, Workload<unknown>> = {
  [stageMoves.name]: stageMoves,
  [backups.name]: backups,
  [imports.name]: imports,
};
