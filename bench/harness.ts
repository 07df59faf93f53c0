import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// How a run is timed (timeOnce, pairedMediansOf), so that an operation and its floor are measured alike:
// - a full collection before each timed run keeps one run's garbage out of the next one's time;
// - then the clock waits until no other thread of the process uses CPU (see `settle`): the sweeping
//   that collection left to V8's helper threads, and optimising compiles of the previous run's code
//   (a single TurboFan job can take 20 ms), would otherwise be charged to whatever runs next (they made
//   a 5 ms JSON.parse floor read 3-18 ms);
// - runs alternate between the operations and the floor, the order flipping each round, so load on
//   the machine hits both alike; medians are taken;
// - `warmups` rounds run every operation and the floor untimed first, the same number for each, so
//   neither is timed while still unoptimised (a JIT-compiled reader needs a few runs; JSON.parse does not).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Waits, without using a core, until the process's other threads are idle: until three milliseconds
 * in a row pass in which the whole process used less than 0.1 ms of CPU (at most 60 ms). Three, as
 * on a busy machine a helper with work left may wait a moment for a core.
 */
export function settle(): void {
  let quiet = 0;
  for (let i = 0; i < 60 && quiet < 3; i++) {
    const before = process.cpuUsage();
    Atomics.wait(pause, 0, 0, 1);
    const used = process.cpuUsage(before);
    quiet = used.user + used.system < 100 ? quiet + 1 : 0;
  }
}

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

/** Runs `fn` once, after a garbage collection and with the other threads idle, and returns its CPU and wall-clock milliseconds. */
export function timeOnce(fn: () => unknown): { cpu: number; wall: number } {
  collectGarbage();
  settle();
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

/** How {@link pairedMediansOf} runs besides what it times. */
export interface PairedOptions {
  /** Untimed rounds of every operation and the floor before the timed ones (default 0). */
  warmups?: number;
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
  options?: PairedOptions,
): Timing {
  return pairedMediansOf(runs, { measured }, floor, prepare, options).measured;
}

/** Like `pairedMedians` for several measured operations against one floor, each timed once per round. */
export function pairedMediansOf<K extends string>(
  runs: number,
  measured: Record<K, () => unknown>,
  floor: () => unknown,
  prepare?: () => void,
  options: PairedOptions = {},
): Record<K, Timing> {
  const keys = Object.keys(measured) as K[];
  const m = new Map<K, { cpu: number; wall: number }[]>(keys.map((k) => [k, []]));
  const f: { cpu: number; wall: number }[] = [];
  for (let w = 0; w < (options.warmups ?? 0); w++) {
    for (const k of keys) {
      prepare?.();
      measured[k]();
    }
    floor();
  }
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
