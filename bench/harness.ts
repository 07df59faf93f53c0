import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A collection before each timed run keeps one run's garbage out of the next one's time.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** One line of the benchmark table: a measured cost against a floor measured in the same run. */
export interface BenchRow {
  suite: string;
  name: string;
  /** What was measured against: `read every file`, `full rebuild`. */
  floorName: string;
  measuredMs: number;
  floorMs: number;
  /**
   * `max-ratio`: measured / floor must be at most `value` (cost over a floor).
   * `min-speedup`: floor / measured must be at least `value` (an operation much cheaper than the floor).
   * `info`: reported only.
   */
  target: { kind: 'max-ratio' | 'min-speedup' | 'info'; value: number };
  /** measured / floor for max-ratio and info rows, floor / measured for min-speedup rows. */
  ratio: number;
  pass: boolean;
  runs: number;
}

/** A group of rows (CLI indexing, plugin onload, query blocks, git commits …): add one file under bench/suites/. */
export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): BenchRow[];
}

/** What every suite gets: a scratch folder and how many runs to take medians over. */
export interface BenchContext {
  tmp: string;
  runs: number;
  log(message: string): void;
}

/** Runs `fn` once, after a garbage collection, and returns the milliseconds it took. */
export function timeOnce(fn: () => unknown): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `measured` and `floor` alternately `runs` times (order flipping each round, so load on
 * the machine hits both alike) and returns both medians; `prepare` runs untimed before each `measured`.
 */
export function pairedMedians(runs: number, measured: () => unknown, floor: () => unknown, prepare?: () => void): { measuredMs: number; floorMs: number } {
  const m: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < runs; i++) {
    const one = (): void => {
      prepare?.();
      m.push(timeOnce(measured));
    };
    if (i % 2 === 0) {
      one();
      f.push(timeOnce(floor));
    } else {
      f.push(timeOnce(floor));
      one();
    }
  }
  return { measuredMs: median(m), floorMs: median(f) };
}

/** Builds a row, computing the ratio and whether it meets its target. */
export function row(suite: string, name: string, floorName: string, t: { measuredMs: number; floorMs: number }, target: BenchRow['target'], runs: number): BenchRow {
  const ratio = target.kind === 'min-speedup' ? t.floorMs / t.measuredMs : t.measuredMs / t.floorMs;
  const pass = target.kind === 'info' || (target.kind === 'max-ratio' ? ratio <= target.value : ratio >= target.value);
  return { suite, name, floorName, measuredMs: t.measuredMs, floorMs: t.floorMs, target, ratio, pass, runs };
}

/** The rows as an aligned text table. */
export function formatRows(rows: readonly BenchRow[]): string {
  const fmt = (ms: number): string => (ms >= 10 ? ms.toFixed(0) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(4));
  const header = ['suite', 'row', 'measured ms', 'floor', 'floor ms', 'ratio', 'target', 'ok'];
  const cells = rows.map((r) => [
    r.suite,
    r.name,
    fmt(r.measuredMs),
    r.floorName,
    fmt(r.floorMs),
    r.target.kind === 'min-speedup' ? `${r.ratio.toFixed(0)}× cheaper` : `${r.ratio.toFixed(2)}×`,
    r.target.kind === 'info' ? '-' : r.target.kind === 'max-ratio' ? `≤ ${r.target.value}×` : `≥ ${r.target.value}× cheaper`,
    r.target.kind === 'info' ? '' : r.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  return [header, ...cells].map((c) => c.map((x, i) => x.padEnd(widths[i])).join('  ').trimEnd()).join('\n');
}
