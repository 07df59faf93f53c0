import { execFileSync } from 'node:child_process';
import { CliError } from '../CliError';

/**
 * Runs the native `git` in `cwd` and returns its stdout as bytes. The hook commands need native
 * git (a pre-commit hook only ever runs under it); a missing git or a folder outside any
 * repository is an I/O error with the fix in words.
 */
export function nativeGit(cwd: string, args: readonly string[]): Buffer {
  try {
    return execFileSync('git', ['-c', 'core.quotepath=off', ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer };
    if (e.code === 'ENOENT')
      throw new CliError(
        'IO',
        'git is not installed (or not on PATH)',
        'install git: the hook commands run under native git',
      );
    const said = e.stderr?.toString('utf8').trim().split('\n')[0] ?? '';
    throw new CliError(
      'IO',
      `git ${args[0]} failed in ${cwd}${said ? `: ${said}` : ''}`,
      'run it inside a git repository (`git init`, or `vault-stack init`)',
    );
  }
}

/** `git …` as trimmed text. */
export function nativeGitText(cwd: string, args: readonly string[]): string {
  return nativeGit(cwd, args).toString('utf8').trim();
}
