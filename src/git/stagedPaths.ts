import * as git from 'isomorphic-git';
import { validCacheTrees } from './cacheTree';
import { REPAIR_HINT } from './corruption';
import { GitLayerError } from './errors';
import { readBytesOrNull } from './GitFs';
import type { GitIndexSnapshot } from './indexFile';
import { hex, readIndexExtensions } from './indexFile';
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
  const headTree = headCommit === null ? null : await commitTreeOid(ctx, headCommit);
  // The whole index is HEAD's tree (the usual case after a commit, git's or ours): no entry is
  // staged, read from the cache-tree root's line ('\0count subtrees\n' and its oid when valid).
  if (treeExt?.[0] === 0 && treeExt[1] !== 0x2d && hex(treeExt, treeExt.indexOf(10) + 1, 20) === headTree) return [];
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
  if (headTree !== null) await walk(headTree, '');
  // The whole index is HEAD's tree (the usual case after a commit): no entry is staged.
  if (skipped.has('')) return [];
  if (entries.isAscending) {
    // The entries below a skipped folder are one run of rows: only the rows outside those runs are
    // looked at (after our own commit, the folders along its paths), not every entry of the index.
    const runs = [...skipped]
      .map((folder) => [entries.firstRowFrom(`${folder}/`), entries.firstRowFrom(`${folder}0`)])
      .sort((a, b) => a[0] - b[0]);
    const { paths, rowCount } = entries;
    let row = 0;
    for (const [from, to] of runs) {
      for (; row < from; row++) if (!inHead.has(paths[row])) out.add(paths[row]);
      row = Math.max(row, to);
    }
    for (; row < rowCount; row++) if (!inHead.has(paths[row])) out.add(paths[row]);
  } else {
    for (const path of entries.keys()) {
      if (!inHead.has(path) && !underSkipped(path, skipped)) out.add(path);
    }
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

/**
 * The tree oid of a commit. A loose commit is read with the codec's inflate and SHA-1 when it has
 * them: isomorphic-git's `readCommit` checks the id through WebCrypto, whose first use alone was
 * 10–30 ms of a no-change `vault-stack commit`. A packed one (or without a codec) through isomorphic-git.
 */
async function commitTreeOid(ctx: RepoContext, oid: string): Promise<string> {
  const { codec } = ctx;
  const loose =
    codec?.inflate === undefined
      ? null
      : await readBytesOrNull(ctx.fs, `${ctx.gitdir}/objects/${oid.slice(0, 2)}/${oid.slice(2)}`);
  if (codec?.inflate === undefined || loose === null)
    return (await git.readCommit({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid, cache: ctx.cache })).commit.tree;
  let bytes: Uint8Array;
  try {
    bytes = await codec.inflate(loose);
  } catch {
    throw damaged('an object is not valid compressed data');
  }
  if ((await codec.sha1(bytes)) !== oid) throw damaged(`an object does not match its id (${oid})`);
  const nul = bytes.indexOf(0);
  if (nul < 0 || String.fromCharCode(...bytes.subarray(0, 7)) !== 'commit ')
    throw damaged(`an object has the wrong type (${oid} is not a commit)`);
  const head = String.fromCharCode(...bytes.subarray(nul + 1, nul + 47));
  if (!/^tree [0-9a-f]{40}\n$/.test(head)) throw damaged(`an object cannot be read (commit ${oid} names no tree)`);
  return head.slice(5, 45);
}

function damaged(what: string): GitLayerError {
  return new GitLayerError(
    'REPOSITORY_CORRUPT',
    `The vault's git repository is damaged: ${what}. ${REPAIR_HINT}`,
    'stagedPaths',
  );
}
