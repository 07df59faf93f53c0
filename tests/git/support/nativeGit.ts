import { execFileSync } from 'node:child_process';

/** The environment native git runs with in tests: no user or system config, a fixed identity. */
export const ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Native Git',
  GIT_AUTHOR_EMAIL: 'native@example.org',
  GIT_COMMITTER_NAME: 'Native Git',
  GIT_COMMITTER_EMAIL: 'native@example.org',
  LC_ALL: 'C',
};

/** Runs the real git CLI (the oracle) in `dir` and returns its stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd: dir,
    env: ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `git fsck --strict`: returns its complaints (empty when the repository is sound). */
export function fsck(dir: string): string {
  try {
    const out = execFileSync('git', ['fsck', '--strict', '--no-progress', '--no-dangling'], {
      cwd: dir,
      env: ENV,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return out.trim();
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || 'fsck failed';
  }
}

/** `git status --porcelain -uall` as `XY path` lines (unquoted, from `-z`), sorted. */
export function porcelain(dir: string): string[] {
  return git(dir, 'status', '--porcelain', '-z', '-uall')
    .split('\0')
    .filter((l) => l !== '')
    .sort();
}

/** The paths and statuses (A/M/D) of one commit, as git reports them (renames off). */
export function nameStatus(dir: string, rev: string): string[] {
  return git(dir, 'show', '--no-renames', '--format=', '--name-status', rev)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => l.replace('\t', ' '))
    .sort();
}
