import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitRepo } from '../../src/git/GitRepo';
import type { GitObjectCodec } from '../../src/git/GitObjectCodec';
import { webCodec } from '../../src/git/webCodec';
import { generateVault, notePath, seeded } from './generateVault';
import { GIT_ENV, median, NODE_CODEC } from './gitBench';

/** One paired figure: ours and the floor it is compared with, medians in ms. */
export interface PairedMeasure {
  oursMs: number;
  floorMs: number;
  ratio: number;
  runs: number;
}

/** The CLI as users run it (bin/vault-stack.js over the bundle `npm run bench` builds), from the repository root. */
const CLI = path.resolve('bin', 'vault-stack.js');

function clock(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

async function clockAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function paired(ours: number[], floor: number[]): PairedMeasure {
  const o = median(ours);
  const f = median(floor);
  return { oursMs: Math.round(o), floorMs: Math.round(f), ratio: Math.round((o / f) * 100) / 100, runs: ours.length };
}

/**
 * The environment the CLI's rows run node in: the bench's, less `NODE_EXTRA_CA_CERTS`. Node 20
 * reads that file and builds its whole root certificate store from it and node's own roots while
 * it starts, before a line of any script runs. Where it is
 * set (this machine's sandbox sets it to Debian's 144-certificate bundle) that is about 30 ms of
 * every node process: an empty script takes 52 ms, and 22 ms without it. It is a machine's
 * setting, not node's default, `commit` and `init` make no TLS connection, and git never reads
 * it: timed with it, the rows measured the machine's setting as much as the CLI. What it costs is
 * its own row ({@link benchNodeStart}), so it stays in view.
 */
const CLI_ENV: typeof process.env = withoutExtraCaCerts(GIT_ENV);

function withoutExtraCaCerts(env: typeof process.env): typeof process.env {
  const rest = { ...env };
  delete rest.NODE_EXTRA_CA_CERTS;
  return rest;
}

/** The whole CLI process, as a git hook or cron job runs it. */
function cli(dir: string, ...args: string[]): void {
  execFileSync(process.execPath, [CLI, ...args, dir], { env: CLI_ENV, stdio: 'ignore' });
}

/** Node's own start and exit (an empty script), in the bench's environment and in the CLI rows' one. */
export interface NodeStart {
  /** The `NODE_EXTRA_CA_CERTS` the bench was given, if any. */
  extraCaCerts: string | null;
  /** The empty script with the environment as given (informational) against it without `NODE_EXTRA_CA_CERTS`. */
  start: PairedMeasure;
}

/** Times node running an empty script, alternately with the bench's environment and without `NODE_EXTRA_CA_CERTS`. */
export function benchNodeStart(root: string, runs: number): NodeStart {
  const dir = fs.mkdtempSync(path.join(root, 'vault-stack-node-start-'));
  const empty = path.join(dir, 'empty.js');
  fs.writeFileSync(empty, '');
  const given: number[] = [];
  const without: number[] = [];
  // Unset, both environments are the same: only one is timed.
  const set = process.env.NODE_EXTRA_CA_CERTS !== undefined;
  for (let r = 0; r < runs; r++) {
    if (set) given.push(clock(() => execFileSync(process.execPath, [empty], { env: GIT_ENV, stdio: 'ignore' })));
    without.push(clock(() => execFileSync(process.execPath, [empty], { env: CLI_ENV, stdio: 'ignore' })));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { extraCaCerts: process.env.NODE_EXTRA_CA_CERTS ?? null, start: paired(set ? given : without, without) };
}

/** Native git with background maintenance off, so it never daemonizes mid-run. */
function git(dir: string, script: string): void {
  execFileSync('sh', ['-c', script], {
    cwd: dir,
    env: { ...GIT_ENV, GIT_CONFIG_PARAMETERS: "'gc.auto=0' 'maintenance.auto=false'" },
    stdio: 'ignore',
  });
}

function touchTen(dir: string, count: number, random: () => number, round: number): void {
  const picked = new Set<number>();
  while (picked.size < 10) picked.add(Math.floor(random() * count));
  for (const i of picked) fs.appendFileSync(path.join(dir, notePath(i, count)), `\nedit ${round}\n`);
}

/** Results of the whole-process rows at one vault size. */
export interface CliProcessResult {
  notes: number;
  init: PairedMeasure;
  commitTen: PairedMeasure;
  commitNothing: PairedMeasure;
  /** Informational: the same no-change commit against `git status` with its untracked cache on. */
  commitNothingUntrackedCache: PairedMeasure;
}

/**
 * `vault-stack init`, `commit` after 10 edits and `commit` with nothing changed, each as a whole
 * process (`node dist/cli.cjs`), against native git doing the same in the same run: `git init &&
 * git add -A && git commit`, `git add -A && git commit`, `git status`. Runs alternate.
 */
export function benchCliProcess(root: string, notes: number, runs: { init: number; commit: number }): CliProcessResult {
  const template = fs.mkdtempSync(path.join(root, `vault-stack-cli-${notes}-`));
  generateVault(template, notes);
  const initOurs: number[] = [];
  const initNative: number[] = [];
  for (let r = 0; r < runs.init; r++) {
    const ours = `${template}-ours`;
    const native = `${template}-native`;
    fs.cpSync(template, ours, { recursive: true });
    fs.cpSync(template, native, { recursive: true });
    initNative.push(clock(() => git(native, 'git init -q -b main && git add -A && git commit -q -m import')));
    initOurs.push(clock(() => cli(ours, 'init')));
    fs.rmSync(native, { recursive: true, force: true });
    if (r < runs.init - 1) fs.rmSync(ours, { recursive: true, force: true });
  }
  // The last `vault-stack init` vault goes on to the commit rows.
  const dir = `${template}-ours`;
  fs.rmSync(template, { recursive: true, force: true });
  const random = seeded(notes + 7);
  const tenOurs: number[] = [];
  const tenNative: number[] = [];
  const nothingOurs: number[] = [];
  const status: number[] = [];
  const untrackedCacheStatus: number[] = [];
  // git keeps its untracked cache in the index: in a copy of it, so the default row's git status
  // never uses one. The copy is taken afresh each round (commits change the index) and the cache
  // made by an untimed run before the timed one.
  const untrackedCache = 'GIT_INDEX_FILE=.git/index-untracked-cache git -c core.untrackedCache=true status --porcelain';
  for (let r = 0; r < runs.commit; r++) {
    touchTen(dir, notes, random, 2 * r);
    tenNative.push(clock(() => git(dir, 'git add -A && git commit -q -m native')));
    touchTen(dir, notes, random, 2 * r + 1);
    tenOurs.push(clock(() => cli(dir, 'commit')));
    status.push(clock(() => git(dir, 'git status --porcelain >/dev/null')));
    git(dir, `cp .git/index .git/index-untracked-cache && ${untrackedCache} >/dev/null`);
    untrackedCacheStatus.push(clock(() => git(dir, `${untrackedCache} >/dev/null`)));
    nothingOurs.push(clock(() => cli(dir, 'commit')));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    notes,
    init: paired(initOurs, initNative),
    commitTen: paired(tenOurs, tenNative),
    commitNothing: paired(nothingOurs, status),
    commitNothingUntrackedCache: paired(nothingOurs, untrackedCacheStatus),
  };
}

/** The import of `vault-stack init` in process, on the mobile path (WebCrypto SHA-1, CompressionStream) against the desktop codec. */
export async function benchMobileInit(root: string, notes: number, runs: number): Promise<PairedMeasure> {
  const web = webCodec();
  if (web === undefined) throw new Error('this node has no crypto.subtle or CompressionStream');
  const template = fs.mkdtempSync(path.join(root, `vault-stack-mobile-${notes}-`));
  generateVault(template, notes);
  const init = async (codec: GitObjectCodec): Promise<number> => {
    const dir = `${template}-run`;
    fs.cpSync(template, dir, { recursive: true });
    const repo = new GitRepo({ fs, dir, configDir: '.vault-config', author: { name: 'B', email: 'b@e.org' }, codec });
    const ms = await clockAsync(() => repo.init());
    fs.rmSync(dir, { recursive: true, force: true });
    return ms;
  };
  const mobile: number[] = [];
  const desktop: number[] = [];
  for (let r = 0; r < runs; r++) {
    desktop.push(await init(NODE_CODEC));
    mobile.push(await init(web));
  }
  fs.rmSync(template, { recursive: true, force: true });
  return paired(mobile, desktop);
}
