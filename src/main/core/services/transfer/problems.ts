import { RECORD_KIND_LABELS, type RecordKind } from '../../../../shared/domain';
import type { ImportProblem } from '../../../../shared/schemas';

/** How many problems a preview lists; it counts them all. */
export const PROBLEMS_LISTED = 100;

export interface ProblemPlace {
  kind?: RecordKind;
  index?: number;
  uid?: string | null;
  field?: string | null;
}

/** "Bids, record 13 (uid 0190…)": the record's place in its list counted from 1, as a person counts. */
export function whereInWords(place: ProblemPlace): string {
  if (place.kind === undefined) return '';
  if (place.index === undefined) return RECORD_KIND_LABELS[place.kind];
  const uid = place.uid ? ` (uid ${place.uid})` : '';
  return `${RECORD_KIND_LABELS[place.kind]}, record ${place.index + 1}${uid}`;
}

/** The first of a list kept (as many as a preview lists), every one counted. */
export class Listed<T> {
  readonly listed: T[] = [];
  count = 0;

  /** Counts the item, and keeps the one `make` gives while there is room. */
  add(make: () => T): void {
    this.count += 1;
    if (this.listed.length < PROBLEMS_LISTED) this.listed.push(make());
  }
}

/** The problems found in a file: the first ones kept, every one counted. */
export class Problems {
  private readonly kept = new Listed<ImportProblem>();

  get listed(): ImportProblem[] {
    return this.kept.listed;
  }

  get count(): number {
    return this.kept.count;
  }

  add(place: ProblemPlace, message: string): void {
    this.kept.add(() => ({
      kind: place.kind ?? null,
      index: place.index ?? null,
      uid: place.uid ?? null,
      field: place.field ?? null,
      where: whereInWords(place),
      message,
    }));
  }

  /** The first problem and how many more, in one sentence. */
  summary(): string {
    const [first] = this.listed;
    if (!first) return '';
    const more = this.count > 1 ? ` (and ${this.count - 1} more problem${this.count > 2 ? 's' : ''})` : '';
    return `${first.where ? `${first.where}: ` : ''}${first.message}${more}`;
  }
}
