import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import git from 'isomorphic-git';
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import { syncFs } from '../../src/cli/git/syncFs';
import { GitRepo } from '../../src/git/GitRepo';
import { fileStatsOf } from '../../src/git/listWorkingFiles';
import type { GitObjectCodec } from '../../src/git/GitObjectCodec';
import { generateVault, notePath, seeded } from './generateVault';

/** Native git's environment in the bench: no user or system config, a fixed identity. */
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.org',
};
const AUTHOR = { name: 'Bench', email: 'bench@example.org' };
/** The generated vaults have no config folder; the name only shapes `.gitignore`, which the bench never writes. */
const CONFIG_DIR = '.vault-config';
/** Node's primitives, as the CLI and desktop Obsidian pass them. */
export const NODE_CODEC: GitObjectCodec = {
  sha1: (d) => createHash('sha1').update(d).digest('hex'),
  deflate: (d) => deflateSync(d),
  inflate: (d) => inflateSync(d),
};

function nativeGit(dir: string, ...args: string[]): string {
  return nativeGitWith(GIT_ENV, dir, ...args);
}

function nativeGitWith(env: typeof GIT_ENV, dir: string, ...args: string[]): string {
  // No background auto-gc: at 50k loose objects it would daemonize mid-run and skew every figure.
  return execFileSync('git', ['-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args], {
    cwd: dir,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}

/** Where vaults are generated: tmpfs when the machine has it (less disk noise for both sides), else the temp folder. */
export function benchRoot(): string {
  return fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timed(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Appends a line to 10 distinct notes and returns their paths. */
function touchTen(dir: string, count: number, random: () => number, round: number): string[] {
  const picked = new Set<number>();
  while (picked.size < 10) picked.add(Math.floor(random() * count));
  return [...picked].map((i) => {
    const rel = notePath(i, count);
    fs.appendFileSync(path.join(dir, rel), `\nedit ${round}\n`);
    return rel;
  });
}

/** The "full scan" way: statusMatrix over the vault, stage what changed, commit (isomorphic-git's own path). */
async function fullScanCommit(dir: string, cache: object): Promise<void> {
  const matrix = await git.statusMatrix({ fs, dir, cache });
  const changed = matrix.filter(([, head, work, stage]) => work !== stage || head !== work).map(([file]) => file);
  const present = changed.filter((f) => fs.existsSync(path.join(dir, f)));
  const gone = changed.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (present.length > 0) await git.add({ fs, dir, filepath: present, cache });
  for (const f of gone) await git.remove({ fs, dir, filepath: f, cache });
  await git.commit({ fs, dir, message: 'full scan commit', author: AUTHOR, cache });
}

/** One measured figure. */
export interface Measure {
  medianMs: number;
  runsMs: number[];
}

function measure(runs: number[]): Measure {
  return { medianMs: Math.round(median(runs) * 10) / 10, runsMs: runs.map((r) => Math.round(r * 10) / 10) };
}

/** Results for one vault size. */
export interface VaultResult {
  notes: number;
  setupMs: number;
  targeted: Measure;
  /** The same commit with the plugin's default message (item summaries read from the blobs). */
  targetedItemMessage: Measure;
  targetedFirstRunMs: number;
  fullScan: Measure;
  native: Measure;
  startupScanHostStats?: Measure;
  startupScanWithStat?: Measure;
  nativeStatus?: Measure;
  /** Informational: native `git status` with its untracked cache on (`core.untrackedCache=true`), as our scan keeps folder listings. */
  nativeStatusUntrackedCache?: Measure;
}

async function benchVault(
  notes: number,
  runs: { commit: number; fullScan: number; scan: number },
  withScan: boolean,
): Promise<VaultResult> {
  const dir = fs.mkdtempSync(path.join(benchRoot(), `vault-stack-bench-${notes}-`));
  const setupStart = performance.now();
  generateVault(dir, notes);
  nativeGit(dir, 'init', '-q', '-b', 'main');
  nativeGit(dir, 'add', '-A');
  nativeGit(dir, 'commit', '-q', '-m', 'initial import (native git)');
  const setupMs = performance.now() - setupStart;
  const random = seeded(notes);

  const repo = new GitRepo({ fs, dir, configDir: CONFIG_DIR, author: AUTHOR, codec: NODE_CODEC });
  const targeted = async (round: number, itemMessage = false) => {
    const paths = touchTen(dir, notes, random, round);
    return timed(async () => {
      // itemMessage: the plugin's default message, which reads both versions of each note for its item summary.
      const result = await repo.commit(itemMessage ? { paths } : { paths, message: `targeted ${round}` });
      if (result.status !== 'committed') throw new Error('targeted commit made no commit');
    });
  };
  const native = (round: number) => {
    const paths = touchTen(dir, notes, random, round);
    return timed(() => {
      nativeGit(dir, 'add', '--', ...paths);
      nativeGit(dir, 'commit', '-q', '-m', `native ${round}`);
    });
  };
  const targetedFirstRunMs = await targeted(0);
  const targetedRuns: number[] = [];
  const itemMessageRuns: number[] = [];
  const nativeRuns: number[] = [];
  // Alternate them so all see the same machine load.
  for (let r = 1; r <= runs.commit; r++) {
    nativeRuns.push(await native(100 + r));
    targetedRuns.push(await targeted(r));
    itemMessageRuns.push(await targeted(300 + r, true));
  }

  const fullCache = {};
  const fullRuns: number[] = [];
  for (let r = 0; r < runs.fullScan; r++) {
    touchTen(dir, notes, random, 200 + r);
    fullRuns.push(await timed(() => fullScanCommit(dir, fullCache)));
  }
  if (nativeGit(dir, 'status', '--porcelain') !== '') throw new Error('the vault is not clean after the commit runs');

  const result: VaultResult = {
    notes,
    setupMs: Math.round(setupMs),
    targeted: measure(targetedRuns),
    targetedItemMessage: measure(itemMessageRuns),
    targetedFirstRunMs: Math.round(targetedFirstRunMs),
    fullScan: measure(fullRuns),
    native: measure(nativeRuns),
  };
  if (withScan) {
    nativeGit(dir, 'update-index', '--refresh');
    // isomorphic-git's own commit (the full-scan rows above) leaves the index without a cache-tree,
    // which neither a native commit nor ours does; `write-tree` restores it, as they would.
    nativeGit(dir, 'write-tree');
    // As a host gives them (the plugin: one object per file, from Obsidian's stats).
    const files = fileStatsOf(await repo.listFiles());
    // The CLI's own fs (synchronous calls behind promises), as `vault-stack commit` scans.
    const cliRepo = new GitRepo({ fs: syncFs, dir, configDir: CONFIG_DIR, author: AUTHOR, codec: NODE_CODEC });
    const hostRuns: number[] = [];
    const statRuns: number[] = [];
    const statusRuns: number[] = [];
    // Native git with its untracked cache, kept in an index of its own (git stores that cache in
    // the index, where the default `git status` would then use it too); made once before timing.
    const untrackedCacheIndex = path.join(dir, '.git', 'index-untracked-cache');
    fs.copyFileSync(path.join(dir, '.git', 'index'), untrackedCacheIndex);
    const withUntrackedCache = { ...GIT_ENV, GIT_INDEX_FILE: untrackedCacheIndex };
    const untrackedCacheStatus = () =>
      nativeGitWith(withUntrackedCache, dir, '-c', 'core.untrackedCache=true', 'status', '--porcelain');
    untrackedCacheStatus();
    const untrackedCacheRuns: number[] = [];
    // Our scan keeps its folder listings under .git too: one untimed scan writes them.
    await cliRepo.scan(await cliRepo.listFiles());
    for (let r = 0; r < runs.scan; r++) {
      hostRuns.push(
        await timed(async () => {
          const scan = await repo.scan(files);
          if (scan.added.length + scan.modified.length + scan.deleted.length !== 0)
            throw new Error('a clean vault scanned dirty');
        }),
      );
      statRuns.push(await timed(async () => cliRepo.scan(await cliRepo.listFiles())));
      statusRuns.push(await timed(() => nativeGit(dir, 'status', '--porcelain')));
      untrackedCacheRuns.push(await timed(untrackedCacheStatus));
    }
    result.startupScanHostStats = measure(hostRuns);
    result.startupScanWithStat = measure(statRuns);
    result.nativeStatus = measure(statusRuns);
    result.nativeStatusUntrackedCache = measure(untrackedCacheRuns);
  }
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
  return result;
}

/** Runs the git benchmark and returns its report. */
export async function runGitBench(
  sizes: number[],
): Promise<{ machine: Record<string, unknown>; vaults: VaultResult[] }> {
  const vaults: VaultResult[] = [];
  for (const notes of sizes) {
    const big = notes >= 50000;
    vaults.push(await benchVault(notes, { commit: 5, fullScan: 3, scan: 5 }, big));
  }
  const machine = {
    vaultFolder: benchRoot(),
    loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    node: process.version,
    git: nativeGit(os.tmpdir(), '--version').trim(),
    isomorphicGit: git.version(),
  };
  return { machine, vaults };
}
