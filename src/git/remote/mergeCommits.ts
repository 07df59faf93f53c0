import diff3Merge from 'diff3';
import { ObjectWriteBatch, objectStore } from '../ObjectStore';
import { readBlobBytes, readCommitTree } from '../objectReader';
import type { RepoContext } from '../RepoContext';
import type { BlobTarget } from '../treeEdit';
import { EMPTY_TREE_OID, editTree } from '../treeEdit';
import type { TreeFile } from '../TreeReader';
import { fileAt } from './treeChanges';
import { isUtf8Text } from './isUtf8Text';

/** A three-way merge to make: the commits, what each side changed since the base, and the merge commit's signature. */
export interface MergeRequest {
  base: string;
  ours: string;
  theirs: string;
  /** Paths changed from base to ours, and from base to theirs (`changedPaths`). */
  ourChanges: readonly string[];
  theirChanges: readonly string[];
  author: { name: string; email: string; timestamp: number; timezoneOffset: number };
  message: string;
}

/** The merge commit (parents ours, theirs), or the paths that do not merge (nothing written but blobs). */
export type MergeOutcome = { status: 'merged'; oid: string } | { status: 'conflict'; conflicts: string[] };

/**
 * Merges theirs into ours as isomorphic-git's `merge` did for a vault: ours' tree with each path
 * only theirs changed taken from theirs, and each path both changed merged — the same content or
 * one side unchanged wins, text (UTF-8 without NUL) is merged line by line with diff3, and a
 * deletion against an edit, two different additions, binary files and a file where the other side
 * has a folder are conflicts. Only the trees along the changed paths are rewritten (`editTree`).
 */
export async function mergeCommits(ctx: RepoContext, request: MergeRequest): Promise<MergeOutcome> {
  const [baseTree, ourTree, theirTree] = await Promise.all(
    [request.base, request.ours, request.theirs].map((oid) => readCommitTree(ctx, oid)),
  );
  const ourSet = new Set(request.ourChanges);
  const targets = new Map<string, BlobTarget | null>();
  const conflicts: string[] = [];
  const store = objectStore(ctx, ctx.codec);
  for (const path of request.theirChanges) {
    const theirs = await fileAt(ctx, theirTree, path);
    if (!ourSet.has(path)) {
      targets.set(path, theirs === null ? null : blobTarget(theirs));
      continue;
    }
    const [base, ours] = await Promise.all([fileAt(ctx, baseTree, path), fileAt(ctx, ourTree, path)]);
    const merged = await mergeFile(ctx, store, base, ours, theirs);
    if (merged === 'conflict') conflicts.push(path);
    else if (merged !== 'ours') targets.set(path, merged);
  }
  conflicts.push(...(await folderClashes(ctx, ourTree, targets, [...request.ourChanges, ...request.theirChanges])));
  if (conflicts.length > 0) return { status: 'conflict', conflicts: [...new Set(conflicts)].sort() };

  const batch = new ObjectWriteBatch();
  try {
    const tree = (await editTree(ctx, ourTree, targets, [], batch)) ?? EMPTY_TREE_OID;
    const message = request.message.endsWith('\n') ? request.message : `${request.message}\n`;
    const oid = await objectStore(ctx, ctx.codec, batch).writeCommit({
      tree,
      parents: [request.ours, request.theirs],
      author: request.author,
      message,
    });
    await batch.settle();
    return { status: 'merged', oid };
  } finally {
    await batch.settle().catch(() => undefined);
  }
}

function blobTarget(file: TreeFile): BlobTarget | null {
  return { oid: file.oid, mode: file.mode as BlobTarget['mode'] };
}

const LINES = /^.*(\r?\n|$)/gm;

/** One path both sides changed: `ours` when ours stands, the merged entry, or `conflict`. */
async function mergeFile(
  ctx: RepoContext,
  store: ReturnType<typeof objectStore>,
  base: TreeFile | null,
  ours: TreeFile | null,
  theirs: TreeFile | null,
): Promise<BlobTarget | null | 'ours' | 'conflict'> {
  if (ours?.oid === theirs?.oid && ours?.mode === theirs?.mode) return 'ours';
  // A deletion against an edit, two different additions, a submodule: git stops too.
  if (ours === null || theirs === null || base === null) return 'conflict';
  if ([base.mode, ours.mode, theirs.mode].some((m) => m !== '100644' && m !== '100755')) return 'conflict';
  const mode = ours.mode === base.mode ? theirs.mode : ours.mode;
  if (ours.mode !== base.mode && theirs.mode !== base.mode && ours.mode !== theirs.mode) return 'conflict';
  const pick = (oid: string): BlobTarget => ({ oid, mode: mode as BlobTarget['mode'] });
  if (ours.oid === theirs.oid || theirs.oid === base.oid) return pick(ours.oid);
  if (ours.oid === base.oid) return pick(theirs.oid);
  const bytes = await Promise.all([base, ours, theirs].map((f) => readBlobBytes(ctx, f.oid)));
  // A line merge of an image or PDF would corrupt it silently; like git with binary files, it conflicts.
  if (!bytes.every(isUtf8Text)) return 'conflict';
  const [o, a, b] = bytes.map((data) => new TextDecoder().decode(data).match(LINES) ?? []);
  let text = '';
  for (const block of diff3Merge(a, o, b)) {
    if (block.conflict) return 'conflict';
    if (block.ok) text += block.ok.join('');
  }
  return pick(await store.writeBlob(new TextEncoder().encode(text)));
}

/** Paths the merge would make a file while files stay below them (one side's folder, the other's file). */
async function folderClashes(
  ctx: RepoContext,
  ourTree: string,
  targets: ReadonlyMap<string, BlobTarget | null>,
  changed: readonly string[],
): Promise<string[]> {
  const clashes: string[] = [];
  for (const [path, target] of targets) {
    if (target === null) continue;
    for (const other of changed) {
      if (!other.startsWith(`${path}/`)) continue;
      const stays = targets.has(other) ? targets.get(other) !== null : (await fileAt(ctx, ourTree, other)) !== null;
      if (stays) clashes.push(path);
    }
  }
  return clashes;
}
