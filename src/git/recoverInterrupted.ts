import * as git from 'isomorphic-git';
import { lstatOrNull, readTextOrNull, unlinkIfExists } from './GitFs';
import type { PendingCommit } from './journal';
import { resolveRefOrNull } from './refs';
import type { RepoContext } from './RepoContext';

/** What recovery did with a crashed run's locks, for tests and reports. */
export type RecoveryAction = 'none' | 'finished ref update' | 'rolled back ref update' | 'removed index lock';

/**
 * Finishes or rolls back what a crashed commit or import left half done, from its journal:
 *
 * - `<ref>.lock` holding exactly the journal's new commit, with the ref still at the journal's old
 *   value and the commit object present: the crash came between writing the lock and renaming it
 *   (the index was already synced), so the rename is done now and the commit stands.
 * - `<ref>.lock` holding a torn prefix of that (empty, half an oid), or a ref that moved since:
 *   rolled back (the lock deleted); the journal's paths are committed again by the caller.
 * - the ref itself torn to a prefix of the new commit (an fs without rename writes it in place):
 *   written whole.
 * - `.git/index.lock` left by an initial import: deleted.
 *
 * Only locks our journal accounts for are touched, and a torn lock or the index lock only when
 * the process that wrote the journal is gone (or the host cannot tell processes apart): a lock
 * held by native git, or by a live Vault Stack, is left for the lock wait to report.
 */
export async function recoverInterrupted(ctx: RepoContext, journal: PendingCommit | null): Promise<RecoveryAction[]> {
  if (journal === null) return [];
  const done: RecoveryAction[] = [];
  const ownerGone = !(
    journal.pid !== undefined &&
    ctx.processes &&
    journal.pid !== ctx.processes.pid &&
    ctx.processes.isRunning(journal.pid)
  );
  const indexLock = `${ctx.gitdir}/index.lock`;
  if (journal.indexLock && ownerGone && (await lstatOrNull(ctx.fs, indexLock)) !== null) {
    await unlinkIfExists(ctx.fs, indexLock);
    done.push('removed index lock');
  }
  if (journal.ref === undefined || journal.to === undefined) return done;
  const refPath = `${ctx.gitdir}/${journal.ref}`;
  const lock = `${refPath}.lock`;
  const held = await readTextOrNull(ctx.fs, lock);
  const expected = `${journal.to}\n`;
  if (held === null) {
    // Without rename the ref is written in place: a crash can leave it torn (empty, half an oid).
    const ref = await readTextOrNull(ctx.fs, refPath);
    if (
      ref !== null &&
      ref !== expected &&
      expected.startsWith(ref) &&
      ownerGone &&
      (await commitExists(ctx, journal.to))
    ) {
      await ctx.fs.promises.writeFile(refPath, expected, 'utf8');
      done.push('finished ref update');
    }
    return done;
  }
  if (held === expected) {
    const current = await resolveRefOrNull(ctx, journal.ref);
    const fsp = ctx.fs.promises;
    if (current === (journal.from ?? null) && fsp.rename && (await commitExists(ctx, journal.to))) {
      await fsp.rename(lock, refPath);
      done.push('finished ref update');
    } else {
      await unlinkIfExists(ctx.fs, lock);
      done.push('rolled back ref update');
    }
  } else if (ownerGone && expected.startsWith(held)) {
    await unlinkIfExists(ctx.fs, lock);
    done.push('rolled back ref update');
  }
  return done;
}

async function commitExists(ctx: RepoContext, oid: string): Promise<boolean> {
  try {
    await git.readCommit({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid, cache: ctx.cache });
    return true;
  } catch {
    return false;
  }
}
