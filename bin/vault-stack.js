#!/usr/bin/env node
// Entry for `npx vault-stack`: runs the CLI bundle that `npm run build` writes to dist/cli.cjs
// (dist/cli-commit.cjs for `commit`).
// The full bundle is 1.8 MB; compiling it was a fifth of a no-change `vault-stack commit`. V8's
// code cache for each bundle is kept beside it (dist/cli.cjs.<node version>.v8cache, keyed by the
// bundle's size and mtime) and used on later runs; a stale, foreign or unwritable cache only costs
// the compile.
// A run allocates its working set (at 50,000 notes, the walk's paths and stats and the index's
// entries) in one go: the young generation starts at 1 MB and doubled at each of ten scavenges,
// copying the survivors each time. Starting at 16 MB and growing to the cap (16 MB semi-spaces)
// at once halves the scavenges and skips the full mark-compact of a no-change `vault-stack commit`
// (GC 35 -> 22 ms there), for up to about 16 MB more memory in large runs.
// `commit` scavenges on the main thread alone: its lstat helper holds the other core (on two), and
// V8's parallel scavenge then waited for it: the commit's second scavenge at 50k notes took 4-6 ms
// where it takes 2.2-2.4 alone.
require('node:v8').setFlagsFromString(
  `--min-semi-space-size=16 --semi-space-growth-factor=16${process.argv[2] === 'commit' ? ' --no-parallel-scavenge' : ''}`,
);
// `commit` in a large vault lstats every file, shared with a helper thread (src/cli/git/lstatColumns.ts),
// but a thread takes tens of ms to boot: started here, before the bundle is read and compiled, it
// is ready when the lstats start. It waits for one message `{ run, job }` (a function's source and
// its argument); the bundle hands it its work or lets it go (a small vault, see lstatColumns), and
// it never holds the process open. Only when a core is spare (lstatColumns' spareCoreFrom: on
// Linux, fewer tasks runnable right now than cores, this one included; elsewhere a one-minute load
// average below the cores less a half) and the vault's git index may hold 8,192 paths
// (lstatColumns' threshold; an entry takes at least 64 bytes): a thread started and let go cost a
// small vault's commit its boot and its join at exit.
if (process.argv[2] === 'commit' && typeof SharedArrayBuffer === 'function') {
  try {
    const os = require('node:os');
    const cores = os.availableParallelism();
    if (spareCore(cores, os.loadavg()[0]) && largeIndex(process.argv.slice(3))) {
      const { Worker } = require('node:worker_threads');
      const helper = new Worker(
        "const { parentPort } = require('node:worker_threads');" +
          "parentPort.once('message', (m) => { parentPort.close(); new Function('require', 'return ' + m.run)(require)(m.job); });",
        { eval: true, stdout: false, stderr: false },
      );
      helper.unref();
      helper.on('error', () => undefined);
      globalThis[Symbol.for('vault-stack.waitingWorker')] = helper;
    }
  } catch {
    // No threads here: the main thread does all the lstats.
  }
}

/** As src/cli/git/lstatColumns.ts's spareCoreFrom, which tests/cli/binHelperThread.test.ts holds it to. */
function spareCore(cores, loadAverage) {
  if (cores < 2) return false;
  let runnable = null;
  try {
    runnable = /^\S+ \S+ \S+ (\d+)\//.exec(require('node:fs').readFileSync('/proc/loadavg', 'latin1'));
  } catch {
    // Not Linux: the load average only.
  }
  return runnable !== null ? Number(runnable[1]) < cores : loadAverage < cores - 0.5;
}

/** Whether `commit`'s vault (its first argument that is no option, else the working folder) has a git index of 8,192 × 64 bytes or more. */
function largeIndex(args) {
  let vault = '.';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '-m' || arg === '--message' || arg === '--guard-allow') i++;
    else if (arg === '--') {
      // The end of the options, as the argument parser reads it: the vault comes next.
      vault = args[i + 1] ?? vault;
      break;
    } else if (!arg.startsWith('-')) {
      vault = arg;
      break;
    }
  }
  const index = require('node:fs').statSync(`${vault}/.git/index`, { throwIfNoEntry: false });
  return index !== undefined && index.size >= 8192 * 64;
}
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const dist = path.join(__dirname, '..', 'dist');
// `commit` (what git hooks and cron run) has a bundle of its own, about half the full one; the
// full bundle runs it too when that one is missing.
let bundle = path.join(dist, process.argv[2] === 'commit' ? 'cli-commit.cjs' : 'cli.cjs');
let source;
let stat;
for (;;) {
  try {
    stat = fs.statSync(bundle);
    source = fs.readFileSync(bundle, 'utf8');
    break;
  } catch {
    if (bundle !== path.join(dist, 'cli.cjs')) {
      bundle = path.join(dist, 'cli.cjs');
      continue;
    }
    process.stderr.write('vault-stack: the CLI is not built yet; run `npm run build` first\n');
    process.exit(2);
  }
}

const cacheFile = `${bundle}.${process.version}.v8cache`;
const key = Buffer.from(`${stat.size} ${Math.floor(stat.mtimeMs)}\n`);
let cachedData;
try {
  const cache = fs.readFileSync(cacheFile);
  if (cache.subarray(0, key.length).equals(key)) cachedData = cache.subarray(key.length);
} catch {
  // No cache yet.
}

// The bundle starts with a shebang line, which only a file loaded by node itself may have.
const body = source.startsWith('#!') ? `//${source.slice(2)}` : source;
const script = new vm.Script(Module.wrap(body), { filename: bundle, cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // Written at exit, so the functions this run compiled lazily are in it too.
  process.once('exit', () => {
    try {
      const temp = `${cacheFile}.${process.pid}.tmp`;
      fs.writeFileSync(temp, Buffer.concat([key, script.createCachedData()]));
      fs.renameSync(temp, cacheFile);
    } catch {
      // A read-only install keeps compiling each time.
    }
  });
}
const cli = new Module(bundle, module);
cli.filename = bundle;
cli.paths = Module._nodeModulePaths(path.dirname(bundle));
script
  .runInThisContext()
  .call(cli.exports, cli.exports, Module.createRequire(bundle), cli, bundle, path.dirname(bundle));
