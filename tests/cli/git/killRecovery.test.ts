import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsck, git, porcelain } from '../../git/support/nativeGit';
import { buildCli } from '../support/buildCli';
import { TempVault } from '../support/TempVault';

/**
 * Kills the built CLI at exact system calls — every `openat`, `write`, `rename` and `unlink` on
 * the ref, its lock, the index, its temporary files and the journal — with strace's fault
 * injection (`-e inject=SYSCALL:signal=SIGKILL:when=N`), then checks that the next run recovers:
 * exit 0, `git fsck` clean, every change committed once, no lock or journal left.
 */
const hasStrace = spawnSync('strace', ['-V']).status === 0;
const SYSCALLS = ['openat', 'write', 'rename', 'unlink'] as const;
const RUN_TIMEOUT_MS = 60_000;

let build: TempVault;
let bundle: string;

beforeAll(() => {
  build = new TempVault('vault-stack-build-');
  bundle = buildCli(build.root);
});
afterAll(() => build.remove());

function cli(...argv: string[]): { status: number | null; out: string } {
  const run = spawnSync(process.execPath, [bundle, ...argv], { encoding: 'utf8', timeout: RUN_TIMEOUT_MS });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** The files a commit or an import writes to make its change stick, which strace filters on (`-P`). */
function watched(dir: string): string[] {
  const g = join(dir, '.git');
  return [
    'refs/heads/main',
    'refs/heads/main.lock',
    'index',
    'index.lock',
    'index.vault-stack.tmp',
    'vault-stack-pending',
    'vault-stack-pending.tmp',
  ].flatMap((f) => ['-P', join(g, f)]);
}

/** Runs the CLI under strace; with `killAt` the `killAt.when`-th watched `killAt.syscall` gets SIGKILL. Returns the strace log. */
function traced(
  dir: string,
  argv: string[],
  killAt?: { syscall: string; when: number },
): { log: string; status: number | null } {
  const logFile = join(dir, '..', `${Math.random().toString(36).slice(2)}.strace`);
  const inject = killAt ? ['-e', `inject=${killAt.syscall}:signal=SIGKILL:when=${killAt.when}`] : [];
  const run = spawnSync(
    'strace',
    [
      '-f',
      '-qq',
      '-o',
      logFile,
      '-e',
      `trace=${SYSCALLS.join(',')}`,
      ...watched(dir),
      ...inject,
      process.execPath,
      bundle,
      ...argv,
    ],
    {
      encoding: 'utf8',
      timeout: RUN_TIMEOUT_MS,
      // strace counts `when=N` per thread: the CLI's git layer makes every fs call on the main thread
      // (src/cli/git/syncFs.ts), and one libuv worker keeps any other call in order too.
      env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
    },
  );
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  rmSync(logFile, { force: true });
  return { log, status: run.status };
}

/** How many times each syscall hit a watched file in one undisturbed run. */
function countCalls(log: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of log.split('\n')) {
    const name = /^\d+\s+(\w+)\(/.exec(line)?.[1];
    if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

function vaultCopy(template: string): string {
  const parent = mkdtempSync(join(tmpdir(), 'vault-stack-kill-'));
  const dir = join(parent, 'vault');
  cpSync(template, dir, { recursive: true });
  return dir;
}

function editVault(dir: string): void {
  writeFileSync(join(dir, 'Habits', 'Meditate.md'), '---\nstack: habit\ngoal: weekly\n---\n');
  writeFileSync(join(dir, 'New.md'), '# new\n');
  rmSync(join(dir, 'Old.md'));
}

/** Every injection point of a scenario, and the ones after which the next run did not recover (with why). */
function killEverywhere(
  prepare: () => string,
  argv: (dir: string) => string[],
  check: (dir: string) => string | null,
): { points: number; failures: string[] } {
  const probe = prepare();
  const counts = countCalls(traced(probe, argv(probe)).log);
  rmSync(join(probe, '..'), { recursive: true, force: true });
  const failures: string[] = [];
  let points = 0;
  for (const syscall of SYSCALLS) {
    for (let when = 1; when <= (counts.get(syscall) ?? 0); when++) {
      points++;
      const dir = prepare();
      const killed = traced(dir, argv(dir), { syscall, when });
      const problem = killed.status === 0 ? `${syscall}#${when}: the run was not killed` : check(dir);
      if (problem !== null) failures.push(`${syscall}#${when}: ${problem}`);
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  }
  return { points, failures };
}

function leftovers(dir: string): string[] {
  return ['refs/heads/main.lock', 'index.lock', 'vault-stack-pending'].filter((f) => existsSync(join(dir, '.git', f)));
}

(hasStrace ? describe : describe.skip)('killed at an exact syscall, the next run recovers', () => {
  let template: TempVault;
  beforeAll(() => {
    template = new TempVault('vault-stack-kill-template-')
      .note('Habits/Meditate.md', ['stack: habit', 'goal: daily'])
      .write('Old.md', '# old\n')
      .write('.vault-config/app.json', '{}\n');
  });
  afterAll(() => template.remove());

  it('commit: every kill on the ref, its lock, the index or the journal', () => {
    const init = vaultCopy(template.root);
    expect(cli('init', init).status).toBe(0);
    const head = git(init, 'rev-parse', 'HEAD').trim();

    const result = killEverywhere(
      () => {
        const dir = vaultCopy(init);
        editVault(dir);
        return dir;
      },
      (dir) => ['commit', dir],
      (dir) => {
        const retry = cli('commit', dir);
        if (retry.status !== 0) return `retry exited ${retry.status}: ${retry.out.trim()}`;
        const problems = [fsck(dir), porcelain(dir).join(', '), leftovers(dir).join(', ')].filter((p) => p !== '');
        if (git(dir, 'rev-parse', 'HEAD~1').trim() !== head)
          problems.push('not exactly one commit on top of the old head');
        return problems.length === 0 ? null : problems.join('; ');
      },
    );
    rmSync(join(init, '..'), { recursive: true, force: true });

    console.warn(`commit: ${result.points - result.failures.length}/${result.points} kill points recovered`);
    expect(result.points).toBeGreaterThan(12);
    expect(result.failures).toEqual([]);
  }, 900_000);

  it('init: every kill on the index, its lock, the ref, its lock or the journal', () => {
    const result = killEverywhere(
      () => vaultCopy(template.root),
      (dir) => ['init', dir],
      (dir) => {
        const retry = cli('init', dir);
        if (retry.status !== 0) return `retry exited ${retry.status}: ${retry.out.trim()}`;
        const commit = cli('commit', dir);
        if (commit.status !== 0) return `commit after init exited ${commit.status}: ${commit.out.trim()}`;
        const problems = [fsck(dir), porcelain(dir).join(', '), leftovers(dir).join(', ')].filter((p) => p !== '');
        return problems.length === 0 ? null : problems.join('; ');
      },
    );

    console.warn(`init: ${result.points - result.failures.length}/${result.points} kill points recovered`);
    expect(result.points).toBeGreaterThan(6);
    expect(result.failures).toEqual([]);
  }, 900_000);
});

if (!hasStrace) {
  it('needs strace for the kill tests', () => {
    if (process.env.CI === 'true') throw new Error('strace is missing: .ci/run installs it');
    console.warn('strace not found: the kill-at-syscall recovery tests were skipped');
  });
}
