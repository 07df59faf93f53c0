import * as git from 'isomorphic-git';
import { REPAIR_HINT } from './corruption';
import { GitLayerError } from './errors';
import { lstatOrNull, readTextOrNull, unlinkIfExists } from './GitFs';
import type { RepoContext } from './RepoContext';

/** The ref a commit moves: `refs/heads/<branch>` HEAD points at, or `HEAD` itself when detached. */
export async function headTargetRef(ctx: RepoContext, caller: string): Promise<string> {
  const head = await readTextOrNull(ctx.fs, `${ctx.gitdir}/HEAD`);
  if (head === null)
    throw new GitLayerError('NOT_A_REPOSITORY', `No git repository at ${ctx.dir} (run init first)`, caller);
  const match = /^ref:\s*(\S+)/.exec(head.trim());
  return match ? match[1] : 'HEAD';
}

/**
 * Resolves a ref to a commit oid, or `null` for a branch with no commits yet. A ref file that
 * exists but holds no commit id is damage, not an unborn branch (committing would start a new
 * history over it): `REPOSITORY_CORRUPT`.
 */
export async function resolveRefOrNull(ctx: RepoContext, ref: string): Promise<string | null> {
  // A loose branch ref holding an oid (the commit path's case) is read directly; anything else
  // (HEAD, packed refs, symbolic refs, damage) goes through isomorphic-git.
  if (ref.startsWith('refs/')) {
    const loose = await readTextOrNull(ctx.fs, `${ctx.gitdir}/${ref}`);
    if (loose !== null && /^[0-9a-f]{40}\n?$/.test(loose)) return loose.slice(0, 40);
  }
  try {
    return await git.resolveRef({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, ref });
  } catch (err) {
    if ((err as { code?: string }).code !== 'NotFoundError') throw err;
    const target = ref === 'HEAD' ? await headTargetRef(ctx, 'resolveRef') : ref;
    const text = target === 'HEAD' ? null : await readTextOrNull(ctx.fs, `${ctx.gitdir}/${target}`);
    if (text === null) return null;
    throw new GitLayerError(
      'REPOSITORY_CORRUPT',
      `The vault's git repository is damaged: ${target} holds ${JSON.stringify(text.trim().slice(0, 60))}, not a commit id. ${REPAIR_HINT}`,
      'resolveRef',
      err,
    );
  }
}

/**
 * Points `ref` at `oid` — the commit point of a commit. With `rename` available it writes
 * `<ref>.lock` and renames it over the ref, as git does, so a crash leaves the old or new value.
 */
export async function writeRefAtomic(ctx: RepoContext, ref: string, oid: string, caller: string): Promise<void> {
  const path = `${ctx.gitdir}/${ref}`;
  const lock = `${path}.lock`;
  if ((await lstatOrNull(ctx.fs, lock)) !== null) {
    throw new GitLayerError(
      'INDEX_LOCKED',
      `Another git process is updating ${ref} (${lock} exists). If no git command is running, delete that file.`,
      caller,
    );
  }
  const fsp = ctx.fs.promises;
  if (!fsp.rename) {
    await git.writeRef({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, ref, value: oid, force: true });
    return;
  }
  const parent = path.slice(0, path.lastIndexOf('/'));
  if ((await lstatOrNull(ctx.fs, parent)) === null) await ctx.fs.promises.mkdir(parent, { recursive: true });
  await ctx.fs.promises.writeFile(lock, `${oid}\n`, 'utf8');
  try {
    await fsp.rename(lock, path);
  } catch (err) {
    await unlinkIfExists(ctx.fs, lock).catch(() => undefined);
    throw err;
  }
}
