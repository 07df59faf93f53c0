import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import type { StatColumns } from './bulkWalk';
import { enterFolder, leaveFolder } from '../workingFolder';

/** Below this many paths one thread is quicker than starting a second (about 20 ms to boot). */
const PARALLEL_FROM = 8192;
/** Paths claimed at a time by either thread. */
const CHUNK = 256;

// Shared state, as Int32 slots: the next unclaimed row, and how many chunks the helper is working on.
const NEXT = 0;
const BUSY = 1;
// Fields of node's raw stat array (its order for fs.Stats: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of atime, mtime, ctime, birthtime).
const MODE = 1;
const SIZE = 8;
const MTIME_S = 12;
const MTIME_NS = 13;
const CTIME_S = 14;
const CTIME_NS = 15;
// File type bits of a mode (as in <sys/stat.h>).
const S_IFMT = 0o170000;
const S_IFDIR = 0o040000;

// Modes that are no file type: a row not stat'ed yet, and one the helper could not stat.
const PENDING = -2;
const FAILED = -1;

/**
 * The helper thread's work (the source of a function run in the thread): claims chunks of rows until none are left, lstats them and writes the columns.
 * A path gone (or under a path that is no longer a folder) gets mode 0; any other error mode
 * FAILED, which the main thread then lstats itself so the error is thrown as `lstat` throws it.
 */
const RUN = `function run({ prefix, paths, state, mode, size, mtimeMs, chunk, raw }) {
const { lstatSync } = require('node:fs');
const list = paths.split('\\0');
const binding = raw ? process.binding('fs') : null;
const shared = new Int32Array(state);
const m = new Float64Array(mode), s = new Float64Array(size), t = new Float64Array(mtimeMs);
for (;;) {
  Atomics.add(shared, ${BUSY}, 1);
  let from = list.length;
  try {
    from = Atomics.add(shared, ${NEXT}, chunk);
    if (from === 0) Atomics.notify(shared, ${NEXT});
    const to = Math.min(list.length, from + chunk);
    for (let i = from; i < to; i++) {
      try {
        if (binding !== null) {
          const v = binding.lstat(prefix + list[i], false, undefined, false);
          if (v === undefined) m[i] = 0;
          else { s[i] = v[${SIZE}]; t[i] = v[${MTIME_S}] * 1e3 + v[${MTIME_NS}] / 1e6; m[i] = v[${MODE}]; }
        } else {
          const st = lstatSync(prefix + list[i], { throwIfNoEntry: false });
          if (st === undefined) m[i] = 0;
          else { s[i] = st.size; t[i] = st.mtimeMs; m[i] = st.mode; }
        }
      } catch (err) {
        m[i] = err && err.code === 'ENOTDIR' ? 0 : ${FAILED};
      }
    }
  } finally {
    Atomics.sub(shared, ${BUSY}, 1);
    Atomics.notify(shared, ${BUSY});
  }
  if (from >= list.length) break;
}
}`;

/**
 * A waiting thread, the same as bin/vault-stack.js starts for `commit`: its one message `{ run, job }`
 * (the source of a function, and its argument) says what to do. Started with `workerData` instead, it
 * runs that at once.
 */
const WAITING = `
const { workerData, parentPort } = require('node:worker_threads');
const go = (m) => new Function('require', 'return ' + m.run)(require)(m.job);
if (workerData !== null) go(workerData);
else parentPort.once('message', (m) => { parentPort.close(); go(m); });
`;

/** Where bin/vault-stack.js leaves the waiting thread it started for `commit`, before the bundle was even read. */
const PRESTARTED = Symbol.for('vault-stack.waitingWorker');

/** Options of {@link lstatColumns}. */
export interface LstatColumnsOptions {
  /** Whether to share the work with a helper thread (default: when a core looks spare); only for many paths. */
  helper?: boolean;
  /** Let the helper claim the first chunk before the main thread starts (so a test sees its rows). */
  helperFirst?: boolean;
  /** Whether to lstat through node's fs binding when it answers as `lstatSync` does (default: true; see {@link rawLstatFor}). */
  raw?: boolean;
  /**
   * Work of the caller's that needs none of the stats, run once on the main thread after the
   * helper is handed its job and before the main thread's first chunk: while the helper boots or
   * lstats, not after both are done (the CLI's commit reads `.git/index` there). Told whether a
   * helper shares the lstats (with none, the work gains nothing by coming early). It runs inside
   * the folder named by `prefix` (see below), so any path it opens must be absolute.
   */
  meanwhile?: (shared: boolean) => void;
  /** `paths.join('\0')`, which the helper takes its paths as, when the caller has it cheaper (it must be exactly that). */
  joined?: () => string;
}

/**
 * lstats `prefix + path` for every path, into columns (mode, size, mtime in ms; mode 0 where the path is gone). Many
 * paths are shared with a second thread, both claiming chunks from one counter, as native git
 * spreads its index refresh over threads (`core.preloadIndex`): at 50,000 notes the lstat calls
 * and the stats objects node makes for them were most of a start-up scan. The main thread starts
 * at once and waits only for chunks the helper has claimed, so a helper that boots late (or not at
 * all) costs nothing but its own core. `helper` (default: whether a core looks spare) says
 * whether to start one: on a machine already busy the helper only takes time from the main thread.
 */
export function lstatColumns(prefix: string, paths: readonly string[], options: LstatColumnsOptions = {}): StatColumns {
  // From inside the folder, each lstat names the path alone: no string joined per file, and the
  // kernel resolves fewer folders per call. The process's folder is put back before returning
  // (the helper has finished by then: see below).
  // Only a folder prefix (ending in `/`) can be entered: the paths are named relative to it.
  const back = paths.length > 0 && prefix.endsWith('/') ? enterFolder(prefix) : null;
  try {
    return lstatAll(back === null ? prefix : '', paths, options);
  } finally {
    if (back !== null) leaveFolder(back);
  }
}

function lstatAll(prefix: string, paths: readonly string[], options: LstatColumnsOptions): StatColumns {
  const n = paths.length;
  const shareable = typeof SharedArrayBuffer === 'function';
  const buffer = (bytes: number) => (shareable ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
  const columns = { mode: buffer(n * 8), size: buffer(n * 8), mtimeMs: buffer(n * 8) };
  const out: StatColumns = {
    mode: new Float64Array(columns.mode),
    size: new Float64Array(columns.size),
    mtimeMs: new Float64Array(columns.mtimeMs),
  };
  out.mode.fill(PENDING);
  rawLstat = n > 0 && options.raw !== false ? rawLstatFor(prefix + paths[0]) : null;
  adoptPrestarted();
  const state = new Int32Array(buffer(8));
  const helped =
    shareable &&
    n >= PARALLEL_FROM &&
    (options.helper ?? (waiting !== null || spareCore())) &&
    startHelper(prefix, options.joined?.() ?? paths.join('\0'), state, { ...columns, raw: rawLstat !== null });
  // Started for more paths than came (or told not to help): let it go.
  if (!helped) letWaitingGo();
  // Up to 10 s for the helper's first claim; NEXT stays 0 until then.
  if (helped && options.helperFirst === true) Atomics.wait(state, NEXT, 0, 10_000);
  options.meanwhile?.(helped);
  for (;;) {
    const from = Atomics.add(state, NEXT, CHUNK);
    if (from >= n) break;
    fill(prefix, paths, out, from, Math.min(n, from + CHUNK));
  }
  for (let busy = Atomics.load(state, BUSY); busy !== 0; busy = Atomics.load(state, BUSY))
    Atomics.wait(state, BUSY, busy, 50);
  // Rows the helper could not stat, or claimed and never finished, are done here.
  for (let i = 0; i < n; i++) if (out.mode[i] < 0) fill(prefix, paths, out, i, i + 1);
  return out;
}

function fill(prefix: string, paths: readonly string[], out: StatColumns, from: number, to: number): void {
  const raw = rawLstat;
  for (let i = from; i < to; i++) {
    const path = prefix + paths[i];
    if (raw !== null && !path.includes('\0')) {
      let values;
      try {
        values = raw(path);
      } catch (err) {
        if ((err as { code?: unknown }).code !== 'ENOTDIR') throw err;
      }
      if (values === undefined) {
        out.mode[i] = 0;
      } else {
        out.mode[i] = values[MODE];
        out.size[i] = values[SIZE];
        out.mtimeMs[i] = msFromTimeSpec(values[MTIME_S], values[MTIME_NS]);
      }
      continue;
    }
    let stat;
    try {
      stat = lstatSync(path, { throwIfNoEntry: false });
    } catch (err) {
      // A parent that is no longer a folder: the path is gone, as for the promise walk.
      if ((err as { code?: unknown }).code !== 'ENOTDIR') throw err;
    }
    if (stat === undefined) {
      out.mode[i] = 0;
      continue;
    }
    out.mode[i] = stat.mode;
    out.size[i] = stat.size;
    out.mtimeMs[i] = stat.mtimeMs;
  }
}

/** As node computes `Stats.mtimeMs`. */
function msFromTimeSpec(seconds: number, nanoseconds: number): number {
  return seconds * 1e3 + nanoseconds / 1e6;
}

/** lstat through node's own fs binding: the raw stat array, `undefined` for a missing path; throws as lstat throws otherwise. */
type RawLstat = (path: string) => Float64Array | undefined;

/**
 * `lstatSync` makes an `fs.Stats` per call, and node 20 gives each four Date objects: at 50,000
 * notes those objects and their garbage were a third of the lstat walk (about 40 of 120 ms).
 * Node's fs binding (what `lstatSync` calls) answers the same call with its shared array of
 * numbers. It is no public API, so it is used only when present, outside node's permission model,
 * without `--pending-deprecation` (which would print a warning), on POSIX, and when it answers
 * exactly as `lstatSync` does for `probe` (a file of the walk) and its folder; else `null`.
 */
export function rawLstatFor(probe: string): RawLstat | null {
  try {
    const options = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
    if (process.platform === 'win32' || options.includes('--pending-deprecation') || options.includes('permission'))
      return null;
    const binding = (process as unknown as { binding?: (name: string) => unknown }).binding?.('fs') as
      { lstat?: (path: string, bigint: boolean, request: undefined, throwIfNoEntry: boolean) => unknown } | undefined;
    const lstat = binding?.lstat;
    if (typeof lstat !== 'function') return null;
    const call: RawLstat = (path) => lstat.call(binding, path, false, undefined, false) as Float64Array | undefined;
    const agrees = (path: string): boolean => sameStat(call(path), lstatSync(path));
    const missing = `${probe}\u0001missing`;
    if (!agrees(probe) || !agrees(dirname(probe)) || call(missing) !== undefined) return null;
    return call;
  } catch {
    return null;
  }
}

/** node's raw `stat` (as `statSync(path, { throwIfNoEntry: false })` calls it) and `fstat` (as `fstatSync`): the stat array, `undefined` when missing. */
export interface RawStat {
  stat: (path: string) => Float64Array | undefined;
  fstat: (fd: number) => Float64Array | undefined;
}

/**
 * The same binding's `stat` and `fstat`, for callers that follow links or hold a descriptor (the
 * CLI index's per-note stats): only where {@link rawLstatFor} accepts the binding for `probe` and
 * its `stat` answers as `statSync` does for `probe` and a missing path; else `null`. The array is
 * node's shared one: read it before the next call.
 */
export function rawStatFor(probe: string): RawStat | null {
  try {
    if (rawLstatFor(probe) === null) return null;
    type Call = (target: string | number, bigint: boolean, request: undefined, throwIfNoEntry: boolean) => unknown;
    const binding = (process as unknown as { binding: (name: string) => { stat?: Call; fstat?: Call } }).binding('fs');
    const { stat, fstat } = binding;
    if (typeof stat !== 'function' || typeof fstat !== 'function') return null;
    const raw: RawStat = {
      stat: (path) => stat.call(binding, path, false, undefined, false) as Float64Array | undefined,
      fstat: (fd) => fstat.call(binding, fd, false, undefined, false) as Float64Array | undefined,
    };
    return sameStat(raw.stat(probe), statSync(probe)) && raw.stat(`${probe}\u0001missing`) === undefined ? raw : null;
  } catch {
    return null;
  }
}

/** Whether a raw stat array says what node's `Stats` for the same path says (mode, size, mtime, inode). */
function sameStat(values: unknown, stat: Stats): boolean {
  // ArrayBuffer.isView, not instanceof: the binding's array may come from another realm (a vm context).
  if (!ArrayBuffer.isView(values)) return false;
  const numbers = values as Float64Array;
  return (
    numbers.length > MTIME_NS &&
    numbers[MODE] === stat.mode &&
    numbers[SIZE] === stat.size &&
    msFromTimeSpec(numbers[MTIME_S], numbers[MTIME_NS]) === stat.mtimeMs &&
    numbers[7] === stat.ino
  );
}

/** The size in a raw stat array (as `Stats.size`). */
export function rawSize(values: Float64Array): number {
  return values[SIZE];
}

/** The mtime in ms in a raw stat array (as `Stats.mtimeMs`). */
export function rawMtimeMs(values: Float64Array): number {
  return msFromTimeSpec(values[MTIME_S], values[MTIME_NS]);
}

/** The ctime in ms in a raw stat array (as `Stats.ctimeMs`). */
export function rawCtimeMs(values: Float64Array): number {
  return msFromTimeSpec(values[CTIME_S], values[CTIME_NS]);
}

/** Whether a raw stat array is a folder's (as `Stats.isDirectory()`). */
export function rawIsDirectory(values: Float64Array): boolean {
  return (values[MODE] & S_IFMT) === S_IFDIR;
}

/** The raw lstat for this walk, chosen by {@link lstatColumns}; `null`: `lstatSync`. */
let rawLstat: RawLstat | null = null;

type Job = { prefix: string; paths: string; state: ArrayBufferLike; chunk: number } & HelperColumns;
type HelperColumns = { mode: ArrayBufferLike; size: ArrayBufferLike; mtimeMs: ArrayBufferLike; raw: boolean };

/** A helper started ahead of its job (by {@link prestartLstatHelper} or bin/vault-stack.js), waiting for it. */
let waiting: import('node:worker_threads').Worker | null = null;

/** Takes over the thread bin/vault-stack.js left waiting, if any (once). */
function adoptPrestarted(): void {
  const holder = globalThis as { [PRESTARTED]?: unknown };
  const ready = holder[PRESTARTED];
  if (ready === undefined) return;
  delete holder[PRESTARTED];
  if (waiting === null && typeof (ready as { postMessage?: unknown }).postMessage === 'function')
    waiting = ready as import('node:worker_threads').Worker;
}

/**
 * Starts the helper thread of the next {@link lstatColumns} call now, when about `expected` paths
 * are coming and a core looks spare: it boots (about 20 ms) on the other core while the main
 * thread does what comes before the lstats (the CLI: reading the folder cache, the walk), and
 * takes its job when the lstats start. A thread bin/vault-stack.js started earlier still is kept
 * for that (whatever the load now, which that booting thread is part of); one started for fewer
 * paths is let go. A helper that gets no job never holds the process open.
 */
export function prestartLstatHelper(expected: number, spare: () => boolean = spareCore): void {
  adoptPrestarted();
  // A thread bin/vault-stack.js started was its decision: counted now, that thread (booting) would
  // itself make the machine look busy.
  if (expected < PARALLEL_FROM || typeof SharedArrayBuffer !== 'function' || (waiting === null && !spare())) {
    letWaitingGo();
    return;
  }
  if (waiting === null) waiting = newHelper(null);
}

function letWaitingGo(): void {
  if (waiting === null) return;
  void waiting.terminate();
  waiting = null;
}

function startHelper(prefix: string, paths: string, state: Int32Array, columns: HelperColumns): boolean {
  const job: Job = { prefix, paths, state: state.buffer, ...columns, chunk: CHUNK };
  const ready = waiting;
  waiting = null;
  if (ready !== null) {
    try {
      ready.postMessage({ run: RUN, job });
      return true;
    } catch {
      void ready.terminate();
    }
  }
  return newHelper({ run: RUN, job }) !== null;
}

function newHelper(work: { run: string; job: Job } | null): import('node:worker_threads').Worker | null {
  try {
    // Loaded only when a helper starts: most runs (small vaults, a busy machine) never need it.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    const helper = new Worker(WAITING, { eval: true, workerData: work, stdout: false, stderr: false });
    // The helper never holds the process open, and a failure in it only leaves its rows to the main thread.
    helper.unref();
    helper.on('error', () => undefined);
    return helper;
  } catch {
    // No threads here (a sandbox, a resource limit): the main thread does it all.
    return null;
  }
}

/**
 * True when the machine has a core to spare: more than one, and fewer tasks runnable right now
 * than cores (this thread included), as bin/vault-stack.js decides for `commit`. See
 * {@link spareCoreFrom}.
 */
function spareCore(): boolean {
  let now: string | null = null;
  try {
    now = readFileSync('/proc/loadavg', 'latin1');
  } catch {
    // Not Linux: the load average only.
  }
  return spareCoreFrom(availableParallelism(), now, loadavg()[0]);
}

/**
 * Whether a second thread would find a core idle, from the core count, the text of Linux's
 * `/proc/loadavg` (`null` elsewhere) and the one-minute load average: its fourth field counts the
 * tasks runnable this moment, the asking thread included, so fewer than the cores leaves one idle.
 * The load average lags by a minute: a machine that has just finished a build (or a benchmark's
 * set-up) reads busy for a minute after, and the helper stayed off while a core was idle. Without
 * that field, a load average below the core count less a half.
 */
export function spareCoreFrom(cores: number, procLoadavg: string | null, loadAverage: number): boolean {
  if (cores < 2) return false;
  const runnable = procLoadavg === null ? null : /^\S+ \S+ \S+ (\d+)\//.exec(procLoadavg);
  return runnable !== null ? Number(runnable[1]) < cores : loadAverage < cores - 0.5;
}
