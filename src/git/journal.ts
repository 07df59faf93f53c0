import { readTextOrNull, unlinkIfExists } from './GitFs';
import type { RepoContext } from './RepoContext';

/**
 * The pending-commit journal: the paths of a commit in progress, written before anything else and
 * removed when it completes. A commit that crashed leaves it behind; the next commit and the
 * start-up scan pick those paths up again, so no change is forgotten.
 */
const JOURNAL = 'vault-stack-pending';

/** Paths left by a commit that did not complete. */
export async function readJournal(ctx: RepoContext): Promise<string[]> {
  const text = await readTextOrNull(ctx.fs, `${ctx.gitdir}/${JOURNAL}`);
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return []; // torn by a crash mid-write: nothing to recover from it
  }
}

/** Records the paths of the commit about to run. */
export async function writeJournal(ctx: RepoContext, paths: readonly string[]): Promise<void> {
  await ctx.fs.promises.writeFile(`${ctx.gitdir}/${JOURNAL}`, JSON.stringify(paths), 'utf8');
}

/** Marks the pending commit complete. */
export async function clearJournal(ctx: RepoContext): Promise<void> {
  await unlinkIfExists(ctx.fs, `${ctx.gitdir}/${JOURNAL}`);
}
