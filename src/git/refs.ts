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
 * Resolves a ref (`HEAD`, or a full name such as `refs/heads/main`) to a commit oid, following
 * symbolic refs, loose ref files first and then `packed-refs`; `null` for a branch with no commits
 * yet. A ref file that exists but holds no commit id is damage, not an unborn branch (committing
 * would start a new history over it): `REPOSITORY_CORRUPT`. Without `HEAD`: `NOT_A_REPOSITORY`.
 */
export async function resolveRefOrNull(ctx: RepoContext, ref: string): Promise<string | null> {
  let name = ref;
  for (let depth = 0; depth < 8; depth++) {
    const text = await readTextOrNull(ctx.fs, `${ctx.gitdir}/${name}`);
    if (text === null) {
      if (name === 'HEAD') await headTargetRef(ctx, 'resolveRef'); // throws NOT_A_REPOSITORY
      return packedRef(ctx, name);
    }
    const value = text.trim();
    if (/^[0-9a-f]{40}$/.test(value)) return value;
    const symbolic = /^ref:\s*(\S+)$/.exec(value);
    if (symbolic === null) {
      throw new GitLayerError(
        'REPOSITORY_CORRUPT',
        `The vault's git repository is damaged: ${name} holds ${JSON.stringify(value.slice(0, 60))}, not a commit id. ${REPAIR_HINT}`,
        'resolveRef',
      );
    }
    name = symbolic[1];
  }
  throw new GitLayerError('REPOSITORY_CORRUPT', `${ref} is a loop of symbolic refs. ${REPAIR_HINT}`, 'resolveRef');
}

/** A ref's oid in `.git/packed-refs`, or `null`. */
async function packedRef(ctx: RepoContext, ref: string): Promise<string | null> {
  const text = await readTextOrNull(ctx.fs, `${ctx.gitdir}/packed-refs`);
  if (text === null) return null;
  for (const line of text.split('\n')) {
    if (line.length > 41 && line[40] === ' ' && line.slice(41).trimEnd() === ref && /^[0-9a-f]{40}/.test(line))
      return line.slice(0, 40);
  }
  return null;
}

/** The branch HEAD is on (`main`), or `null` when HEAD is detached. */
export async function currentBranch(ctx: RepoContext): Promise<string | null> {
  const ref = await headTargetRef(ctx, 'currentBranch');
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
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
  const parent = path.slice(0, path.lastIndexOf('/'));
  if ((await lstatOrNull(ctx.fs, parent)) === null) await ctx.fs.promises.mkdir(parent, { recursive: true });
  if (!fsp.rename) {
    // Obsidian's adapter cannot rename: a plain write, which recovery finishes if a crash tears it.
    await fsp.writeFile(path, `${oid}\n`, 'utf8');
    return;
  }
  await ctx.fs.promises.writeFile(lock, `${oid}\n`, 'utf8');
  try {
    await fsp.rename(lock, path);
  } catch (err) {
    await unlinkIfExists(ctx.fs, lock).catch(() => undefined);
    throw err;
  }
}
