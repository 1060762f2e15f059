/**
 * Small timing helpers shared by the benchmarks (core now, Chromium UI timings later): run an operation after a
 * warm-up, collect one sample per call with `performance.now()`, and summarise the samples as percentiles.
 * Nothing here knows about SQLite or the app; every time is in milliseconds.
 */
import { performance } from 'node:perf_hooks';

export interface MeasureOptions {
  /** Calls made first and thrown away, so that JIT, statement caches and the page cache are warm. */
  warmup?: number;
  /** Calls that are timed. */
  iterations: number;
  /** Untimed work before each call (warm-up included), e.g. resetting state. */
  beforeEach?: (call: number) => void;
}

export interface Summary {
  samples: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** One row of a benchmark report, in the shape the `--json` output uses. */
export interface BenchResult {
  name: string;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  min_ms: number;
  max_ms: number;
  mean_ms: number;
  iterations: number;
  /** The p95 the operation should stay under, when there is one. */
  target_p95_ms?: number;
  /** Whether p95 met the target; absent without a target. */
  pass?: boolean;
}

/**
 * The p-th percentile (0..1) of samples sorted ascending, interpolating linearly between the two nearest ranks
 * (the usual "type 7" definition, as in NumPy and spreadsheets).
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(1, Math.max(0, p)) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (rank - lower);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    samples: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length > 0 ? total / sorted.length : Number.NaN,
  };
}

/** Times a synchronous operation; `fn` gets a call number that keeps counting from the warm-up into the timed calls. */
export function measureSync(fn: (call: number) => unknown, options: MeasureOptions): number[] {
  const warmup = options.warmup ?? 0;
  const samples: number[] = [];
  for (let call = 0; call < warmup + options.iterations; call += 1) {
    options.beforeEach?.(call);
    const start = performance.now();
    fn(call);
    const elapsed = performance.now() - start;
    if (call >= warmup) samples.push(elapsed);
  }
  return samples;
}

/**
 * Times two synchronous operations call by call in turn, so that whatever else happens on the machine or in
 * the database (a WAL checkpoint, another process) falls on both alike: the fair way to compare an
 * implementation with its baseline. Which one goes first swaps every call, so neither always reads pages the
 * other has just warmed. Both get the same call number, warm-up included; `beforeEach` runs untimed before each
 * pair (clearing what the last pair left).
 */
export function measureAlternatingSync(a: (call: number) => unknown, b: (call: number) => unknown, options: MeasureOptions): [number[], number[]] {
  const warmup = options.warmup ?? 0;
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  for (let call = 0; call < warmup + options.iterations; call += 1) {
    options.beforeEach?.(call);
    const aFirst = call % 2 === 0;
    const first = timeOnce(() => (aFirst ? a : b)(call)).ms;
    const second = timeOnce(() => (aFirst ? b : a)(call)).ms;
    if (call >= warmup) {
      samplesA.push(aFirst ? first : second);
      samplesB.push(aFirst ? second : first);
    }
  }
  return [samplesA, samplesB];
}

/** Times an operation that may be asynchronous (a page interaction, an IPC round trip), one call at a time. */
export async function measureAsync(fn: (call: number) => unknown, options: MeasureOptions): Promise<number[]> {
  const warmup = options.warmup ?? 0;
  const samples: number[] = [];
  for (let call = 0; call < warmup + options.iterations; call += 1) {
    options.beforeEach?.(call);
    const start = performance.now();
    await fn(call);
    const elapsed = performance.now() - start;
    if (call >= warmup) samples.push(elapsed);
  }
  return samples;
}

/** Times one call of `fn`, returning its result and the time it took. */
export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export function round(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function toResult(name: string, samples: readonly number[], targetP95Ms?: number): BenchResult {
  const summary = summarize(samples);
  const result: BenchResult = {
    name,
    p50_ms: round(summary.p50),
    p95_ms: round(summary.p95),
    p99_ms: round(summary.p99),
    min_ms: round(summary.min),
    max_ms: round(summary.max),
    mean_ms: round(summary.mean),
    iterations: summary.samples,
  };
  if (targetP95Ms !== undefined) {
    result.target_p95_ms = targetP95Ms;
    result.pass = summary.p95 < targetP95Ms;
  }
  return result;
}

export interface Ratio {
  p50: number;
  p95: number;
  /** The most the ratio should be, when there is a limit. */
  target?: number;
  pass?: boolean;
}

/** How many times slower `subject` is than `baseline`, at p50 and at p95. */
export function ratioOf(subject: BenchResult, baseline: BenchResult, target?: number): Ratio {
  const ratio: Ratio = { p50: round(subject.p50_ms / baseline.p50_ms, 2), p95: round(subject.p95_ms / baseline.p95_ms, 2) };
  if (target !== undefined) {
    ratio.target = target;
    ratio.pass = ratio.p50 <= target && ratio.p95 <= target;
  }
  return ratio;
}

/** A fixed-width text table; numbers are right-aligned. */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => typeof row[column] === 'number' || /^[\d.<>=×x -]*$/.test(String(row[column]))));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ').trimEnd();
  const [head, ...body] = cells;
  return [line(head ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
}

/** The results as a table: name, p50, p95, target and whether it was met. */
export function formatResults(results: readonly BenchResult[]): string {
  return formatTable(
    ['name', 'p50 ms', 'p95 ms', 'p99 ms', 'n', 'target p95', 'result'],
    results.map((result) => [
      result.name,
      result.p50_ms.toFixed(3),
      result.p95_ms.toFixed(3),
      result.p99_ms.toFixed(3),
      result.iterations,
      result.target_p95_ms === undefined ? '-' : `< ${result.target_p95_ms}`,
      result.pass === undefined ? '' : result.pass ? 'pass' : 'MISS',
    ]),
  );
}
