import { formatProblem } from '../commands/check';
import type { Problem } from '../../core/model/Problem';
import type { CliIo } from '../io';
import { problemsWithRelations } from '../vault/relationCheckSettings';
import type { LoadedVault } from '../vault/loadVault';
import { readBytes } from '../vault/readNoteFile';
import { nativeGit } from './nativeGit';

/** The vault-relative paths of the notes staged for the next commit (added, copied, modified or renamed). */
export function stagedNotes(vault: string): string[] {
  const out = nativeGit(vault, ['diff', '--cached', '--name-only', '--relative', '-z', '--diff-filter=ACMR']).toString(
    'utf8',
  );
  return out.split('\0').filter((p) => p.endsWith('.md'));
}

/**
 * The problems of the staged notes as staged (the index's copy, not the working file, is what
 * will be committed): the vault is read from disk, each staged note is replaced by its staged
 * text, then problems and relation warnings are kept for the staged paths only.
 */
export function stagedProblems(io: CliIo, vault: LoadedVault, staged: readonly string[]): Problem[] {
  for (const path of staged) {
    vault.index.upsert(path, readBytes(path, nativeGit(vault.root, ['cat-file', 'blob', `:./${path}`])));
  }
  const wanted = new Set(staged);
  return problemsWithRelations(io, { ...vault, problems: [...vault.index.problems()] }).filter((p) =>
    wanted.has(p.path),
  );
}

/** Prints staged problems as `check` does; returns the exit code (1 on errors, or on warnings when strict). */
export function reportStaged(io: CliIo, problems: readonly Problem[], staged: number, strict: boolean): number {
  for (const p of problems) io.stdout(formatProblem(p) + '\n');
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const failed = errors > 0 || (strict && warnings > 0);
  io.stderr(
    `vault-stack: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${staged} staged note${staged === 1 ? '' : 's'}${failed ? '; commit blocked (fix them, or commit with --no-verify)' : ''}\n`,
  );
  return failed ? 1 : 0;
}
