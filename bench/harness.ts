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
  /** Median CPU time (user + system, all threads) of the measured operation: what the ratio judges. */
  measuredMs: number;
  floorMs: number;
  /** Median wall-clock times, for reference (on a busy machine they include waiting for a core). */
  measuredWallMs: number;
  floorWallMs: number;
  /**
   * `max-ratio`: measured / floor must be at most `value` (cost over a floor).
   * `min-speedup`: floor / measured must be at least `value` (an operation much cheaper than the floor).
   * `info`: reported only.
   */
  target: { kind: 'max-ratio' | 'min-speedup' | 'info'; value: number };
  /** measured / floor for max-ratio and info rows, floor / measured for min-speedup rows (CPU time). */
  ratio: number;
  /** The same ratio by wall-clock time. */
  wallRatio: number;
  pass: boolean;
  runs: number;
}

/** CPU and wall-clock milliseconds of one or more runs. */
export interface Timing {
  measuredMs: number;
  floorMs: number;
  measuredWallMs: number;
  floorWallMs: number;
}

/** A group of rows (CLI indexing, plugin onload, query blocks, git commits …): add one file under bench/suites/. */
export interface BenchSuite {
  name: string;
  /** May be async (plugin suites await the host's events); main awaits each suite in turn. */
  run(ctx: BenchContext): BenchRow[] | Promise<BenchRow[]>;
  /** What the floors are and why they are fair, printed under the table when the suite ran. */
  notes?: readonly string[];
}

/** What every suite gets: a scratch folder and how many runs to take medians over. */
export interface BenchContext {
  tmp: string;
  runs: number;
  log(message: string): void;
}

/** Runs `fn` once, after a garbage collection, and returns its CPU and wall-clock milliseconds. */
export function timeOnce(fn: () => unknown): { cpu: number; wall: number } {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall };
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `measured` and `floor` alternately `runs` times (order flipping each round, so load on
 * the machine hits both alike) and returns the medians; `prepare` runs untimed before each `measured`.
 */
export function pairedMedians(
  runs: number,
  measured: () => unknown,
  floor: () => unknown,
  prepare?: () => void,
): Timing {
  return pairedMediansOf(runs, { measured }, floor, prepare).measured;
}

/** Like `pairedMedians` for several measured operations against one floor, each timed once per round. */
export function pairedMediansOf<K extends string>(
  runs: number,
  measured: Record<K, () => unknown>,
  floor: () => unknown,
  prepare?: () => void,
): Record<K, Timing> {
  const keys = Object.keys(measured) as K[];
  const m = new Map<K, { cpu: number; wall: number }[]>(keys.map((k) => [k, []]));
  const f: { cpu: number; wall: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const all = (): void => {
      for (const k of keys) {
        prepare?.();
        m.get(k)?.push(timeOnce(measured[k]));
      }
    };
    if (i % 2 === 0) {
      all();
      f.push(timeOnce(floor));
    } else {
      f.push(timeOnce(floor));
      all();
    }
  }
  const floorMs = median(f.map((t) => t.cpu));
  const floorWallMs = median(f.map((t) => t.wall));
  const out = {} as Record<K, Timing>;
  for (const k of keys) {
    const times = m.get(k) ?? [];
    out[k] = {
      measuredMs: median(times.map((t) => t.cpu)),
      measuredWallMs: median(times.map((t) => t.wall)),
      floorMs,
      floorWallMs,
    };
  }
  return out;
}

/** Builds a row, computing the ratios and whether the CPU-time ratio meets its target. */
export function row(
  suite: string,
  name: string,
  floorName: string,
  t: Timing,
  target: BenchRow['target'],
  runs: number,
): BenchRow {
  const speedup = target.kind === 'min-speedup';
  const ratio = speedup ? t.floorMs / t.measuredMs : t.measuredMs / t.floorMs;
  const wallRatio = speedup ? t.floorWallMs / t.measuredWallMs : t.measuredWallMs / t.floorWallMs;
  const pass = target.kind === 'info' || (target.kind === 'max-ratio' ? ratio <= target.value : ratio >= target.value);
  return { suite, name, floorName, ...t, target, ratio, wallRatio, pass, runs };
}

/** The rows as an aligned text table. */
export function formatRows(rows: readonly BenchRow[]): string {
  const fmt = (ms: number): string => (ms >= 10 ? ms.toFixed(0) : ms >= 0.1 ? ms.toFixed(2) : ms.toFixed(4));
  const times = (r: BenchRow, ratio: number): string =>
    r.target.kind === 'min-speedup' ? `${ratio.toFixed(0)}× cheaper` : `${ratio.toFixed(2)}×`;
  const header = [
    'suite',
    'row',
    'cpu ms',
    'floor',
    'floor cpu ms',
    'ratio',
    'target',
    'ok',
    'wall ms',
    'floor wall ms',
    'wall ratio',
  ];
  const cells = rows.map((r) => [
    r.suite,
    r.name,
    fmt(r.measuredMs),
    r.floorName,
    fmt(r.floorMs),
    times(r, r.ratio),
    r.target.kind === 'info'
      ? '-'
      : r.target.kind === 'max-ratio'
        ? `≤ ${r.target.value}×`
        : `≥ ${r.target.value}× cheaper`,
    r.target.kind === 'info' ? '' : r.pass ? 'yes' : 'NO',
    fmt(r.measuredWallMs),
    fmt(r.floorWallMs),
    times(r, r.wallRatio),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  return [header, ...cells]
    .map((c) =>
      c
        .map((x, i) => x.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
