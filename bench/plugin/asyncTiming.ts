import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median, settle, type Timing } from '../harness';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** CPU (user + system) and wall-clock milliseconds of one run. */
export interface Sample {
  cpu: number;
  wall: number;
}

/**
 * Awaits `fn` once, after a garbage collection and the harness's `settle` (the collector's and
 * compiler's helper threads idle, so their work is not charged to this run), and returns its CPU
 * and wall-clock milliseconds.
 */
export async function timeOnceAsync(fn: () => unknown): Promise<Sample> {
  collectGarbage();
  settle();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { cpu: (used.user + used.system) / 1000, wall };
}

/**
 * The async twin of the harness's `pairedMediansOf`: each round times every measured operation and
 * the floor, order flipping each round; `prepare` runs untimed before each measured operation.
 */
export async function pairedMediansAsync<K extends string>(
  runs: number,
  measured: Record<K, () => unknown>,
  floor: () => unknown,
  prepare?: () => unknown,
): Promise<Record<K, Timing>> {
  const keys = Object.keys(measured) as K[];
  const m = new Map<K, Sample[]>(keys.map((k) => [k, []]));
  const f: Sample[] = [];
  const all = async (): Promise<void> => {
    for (const k of keys) {
      await prepare?.();
      m.get(k)?.push(await timeOnceAsync(measured[k]));
    }
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await all();
      f.push(await timeOnceAsync(floor));
    } else {
      f.push(await timeOnceAsync(floor));
      await all();
    }
  }
  const out = {} as Record<K, Timing>;
  for (const k of keys) out[k] = timingOf(m.get(k) ?? [], f);
  return out;
}

/** Medians of measured and floor samples as a harness Timing. */
export function timingOf(measured: readonly Sample[], floor: readonly Sample[]): Timing {
  return {
    measuredMs: median(measured.map((t) => t.cpu)),
    measuredWallMs: median(measured.map((t) => t.wall)),
    floorMs: median(floor.map((t) => t.cpu)),
    floorWallMs: median(floor.map((t) => t.wall)),
  };
}

/** Runs `fn` `times` times: for operations of a few milliseconds, time a batch and divide with `perCall`. */
export function repeat(times: number, fn: () => unknown): () => void {
  return () => {
    for (let i = 0; i < times; i++) fn();
  };
}

/** A batch timing as the cost of one call (measured over `measuredTimes` calls, floor over `floorTimes`). */
export function perCall(t: Timing, measuredTimes: number, floorTimes: number): Timing {
  return {
    measuredMs: t.measuredMs / measuredTimes,
    measuredWallMs: t.measuredWallMs / measuredTimes,
    floorMs: t.floorMs / floorTimes,
    floorWallMs: t.floorWallMs / floorTimes,
  };
}
