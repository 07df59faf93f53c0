import * as git from 'isomorphic-git';
import { validCacheTrees } from './cacheTree';
import type { GitIndexSnapshot } from './indexFile';
import { readIndexExtensions } from './indexFile';
import type { RepoContext } from './RepoContext';
import { TreeReader } from './TreeReader';

/**
 * Paths whose entry in `.git/index` differs from HEAD: what native git staged (`git add`,
 * `git rm`) and a commit must therefore include, though the working tree matches the index.
 * Walks HEAD's tree, skipping each folder whose cache-tree oid (the index's TREE extension) says
 * the index holds exactly HEAD's subtree there — after a native `git add` or one of our commits
 * only the folders along the changed paths are read.
 */
export async function stagedPaths(
  ctx: RepoContext,
  headCommit: string | null,
  snapshot: GitIndexSnapshot,
  indexBytes: Uint8Array | null,
): Promise<string[]> {
  const { entries, conflicts } = snapshot;
  const treeExt = indexBytes === null ? undefined : readIndexExtensions(indexBytes, snapshot.extensionsAt).get('TREE');
  const cached = treeExt === undefined ? new Map<string, string>() : validCacheTrees(treeExt);
  const reader = new TreeReader(ctx);
  const out = new Set<string>();
  const inHead = new Set<string>();
  const skipped = new Set<string>();
  const walk = async (treeOid: string, folder: string): Promise<void> => {
    if (cached.get(folder) === treeOid) {
      skipped.add(folder);
      return;
    }
    for (const entry of await reader.entries(treeOid)) {
      const path = folder === '' ? entry.path : `${folder}/${entry.path}`;
      if (entry.type === 'tree') {
        await walk(entry.oid, path);
        continue;
      }
      inHead.add(path);
      const staged = entries.get(path);
      if (
        staged === undefined
          ? !conflicts.includes(path)
          : staged.oid !== entry.oid || staged.mode !== parseInt(entry.mode, 8)
      )
        out.add(path);
    }
  };
  if (headCommit !== null) {
    const { commit } = await git.readCommit({
      fs: ctx.fs,
      dir: ctx.dir,
      gitdir: ctx.gitdir,
      oid: headCommit,
      cache: ctx.cache,
    });
    await walk(commit.tree, '');
  }
  for (const path of entries.keys()) {
    if (!inHead.has(path) && !underSkipped(path, skipped)) out.add(path);
  }
  return [...out].sort();
}

/** True when a folder holding `path` was skipped as identical to HEAD (so `path` is in HEAD too). */
function underSkipped(path: string, skipped: ReadonlySet<string>): boolean {
  if (skipped.size === 0) return false;
  if (skipped.has('')) return true;
  for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
    if (skipped.has(path.slice(0, slash))) return true;
  }
  return false;
}
