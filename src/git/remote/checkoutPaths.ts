import { GitLayerError } from '../errors';
import { RemoteError } from './RemoteError';
import { writeIndexOfTree } from '../indexOfTree';
import type { GitFsStats } from '../GitFs';
import { joinPath, lstatOrNull, unlinkIfExists } from '../GitFs';
import type { IndexTarget } from '../indexUpdate';
import { patchIndex, readIndexBytes } from '../indexUpdate';
import { readBlobBytes } from '../objectReader';
import type { RepoContext } from '../RepoContext';
import type { TreeFile } from '../TreeReader';
import { fileAt } from './treeChanges';

/** What a pull writes: the paths that differ between the working tree's commit and the new one. */
export interface CheckoutPlan {
  /** The new commit's tree. */
  tree: string;
  /** Paths to bring to that tree (absent there: deleted), as `changedPaths` lists them. */
  paths: readonly string[];
}

const CALLER = 'pull';

/**
 * Brings only `plan.paths` of the working tree and `.git/index` to the new tree: deletions first
 * (and the folders they leave empty), then each new or changed file written whole (a temporary
 * file renamed over it when the fs can rename), then the index entries of exactly these paths in
 * one rewrite. The caller has checked that no local work is at these paths
 * (`uncommittedAmong`), and moves the branch ref only after this returns, so a crash part-way
 * leaves HEAD where it was and the files written so far as modifications `git status` lists (a
 * pull run again finds them holding the incoming content and goes on).
 */
export async function checkoutPaths(ctx: RepoContext, plan: CheckoutPlan): Promise<void> {
  if (plan.paths.length === 0) return;
  const targets = new Map<string, TreeFile | null>();
  for (const path of plan.paths) {
    const file = await fileAt(ctx, plan.tree, path);
    if (file?.mode === '160000') {
      throw new RemoteError(
        'MERGE_NOT_SUPPORTED',
        `${path} is a submodule, which Vault Stack cannot check out; pull with git.`,
        CALLER,
      );
    }
    targets.set(path, file);
  }
  const entries = new Map<string, IndexTarget | null>();
  const emptied = new Set<string>();
  // Deleting first frees a path a new file or folder takes (a note replaced by a folder of the same name).
  for (const [path, file] of targets) {
    if (file !== null) continue;
    const full = joinPath(ctx.dir, path);
    const stats = await lstatOrNull(ctx.fs, full);
    if (stats !== null && !stats.isDirectory()) await unlinkIfExists(ctx.fs, full);
    entries.set(path, null);
    emptied.add(parentOf(path));
  }
  await removeEmptyFolders(ctx, emptied);
  for (const [path, file] of targets) {
    if (file === null) continue;
    entries.set(path, { oid: file.oid, mode: file.mode, stats: await writeFile(ctx, path, file) });
  }
  await updateIndex(ctx, plan.tree, entries);
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Removes folders left empty by deletions, deepest first, up to the first that still holds something. */
async function removeEmptyFolders(ctx: RepoContext, folders: ReadonlySet<string>): Promise<void> {
  const sorted = [...folders].filter((f) => f !== '').sort((a, b) => b.length - a.length);
  const done = new Set<string>();
  for (let folder = sorted.shift(); folder !== undefined; folder = sorted.shift()) {
    if (done.has(folder)) continue;
    done.add(folder);
    const full = joinPath(ctx.dir, folder);
    const stats = await lstatOrNull(ctx.fs, full);
    if (stats === null || !stats.isDirectory() || (await ctx.fs.promises.readdir(full)).length > 0) continue;
    await ctx.fs.promises.rmdir(full);
    const parent = parentOf(folder);
    if (parent !== '') {
      sorted.push(parent);
      sorted.sort((a, b) => b.length - a.length);
    }
  }
}

/** Writes one file as the tree has it (a symbolic link as a link when the fs makes them) and answers its stats. */
async function writeFile(ctx: RepoContext, path: string, file: TreeFile): Promise<GitFsStats> {
  const fsp = ctx.fs.promises;
  const full = joinPath(ctx.dir, path);
  const bytes = await readBlobBytes(ctx, file.oid);
  const parent = parentOf(path);
  if (parent !== '') {
    const folder = await lstatOrNull(ctx.fs, joinPath(ctx.dir, parent));
    if (folder === null || !folder.isDirectory()) await fsp.mkdir(joinPath(ctx.dir, parent), { recursive: true });
  }
  const existing = await lstatOrNull(ctx.fs, full);
  // A folder where the file goes holds only files this pull deleted (uncommittedAmong checked): now empty.
  if (existing?.isDirectory()) await fsp.rmdir(full);
  else if (existing !== null && (file.mode === '120000' || existing.isSymbolicLink?.() === true)) {
    await unlinkIfExists(ctx.fs, full);
  }
  if (file.mode === '120000' && fsp.symlink) {
    // Obsidian's adapter writes the link text as a plain file, as git does with core.symlinks=false.
    await fsp.symlink(new TextDecoder().decode(bytes), full);
  } else if (fsp.rename) {
    // The executable bit is set as the temporary file is created; a crash leaves the old file whole.
    const temp = `${full}.vault-stack-pull.tmp`;
    await unlinkIfExists(ctx.fs, temp);
    try {
      await fsp.writeFile(temp, bytes, { mode: file.mode === '100755' ? 0o755 : 0o644 });
      await fsp.rename(temp, full);
    } catch (err) {
      await unlinkIfExists(ctx.fs, temp).catch(() => undefined);
      throw err;
    }
  } else {
    await fsp.writeFile(full, bytes);
  }
  const stats = await lstatOrNull(ctx.fs, full);
  if (stats === null) throw new GitLayerError('IO', `${path} vanished while the pull wrote it`, CALLER);
  return stats;
}

/** Records the written paths in `.git/index`; a vault without an index gets one for the whole new tree. */
async function updateIndex(
  ctx: RepoContext,
  tree: string,
  entries: ReadonlyMap<string, IndexTarget | null>,
): Promise<void> {
  const bytes = await readIndexBytes(ctx);
  if (await patchIndex(ctx, entries, ctx.codec, bytes)) return;
  if (bytes !== null)
    throw new GitLayerError('INDEX_CORRUPT', '.git/index could not be read to record the pulled files', CALLER);
  await writeIndexOfTree(ctx, tree, entries, CALLER);
}
