import * as git from 'isomorphic-git';
import type { ReadCommitResult } from 'isomorphic-git';
import { resolveRefOrNull } from './refs';
import type { RepoContext } from './RepoContext';
import { TreeReader } from './TreeReader';

/** One commit that touched an item's file. */
export interface HistoryEntry {
  commit: string;
  /** Commit time as an ISO 8601 string (UTC). */
  date: string;
  author: { name: string; email: string };
  message: string;
  /** The file's path in this commit (differs from the asked path before a rename). */
  path: string;
  /** The blob at this commit, or `null` when the commit deleted the file. */
  blob: string | null;
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** For `renamed`: the path before. */
  from?: string;
}

/** Options of {@link pathHistory}. */
export interface PathHistoryOptions {
  /** Follow the file across renames (exact-content renames, or the one delete beside the add). Default true. */
  follow?: boolean;
  /** Stop after this many entries. */
  limit?: number;
  /** Where to start; default HEAD. */
  ref?: string;
}

/**
 * The commits that changed a file, newest first, along first parents. Each step compares only
 * the trees along the path (shared subtrees are read once), so it stays cheap in large vaults.
 */
export async function pathHistory(
  ctx: RepoContext,
  path: string,
  options: PathHistoryOptions = {},
): Promise<HistoryEntry[]> {
  const follow = options.follow ?? true;
  const limit = options.limit ?? Infinity;
  const trees = new TreeReader(ctx);
  const out: HistoryEntry[] = [];
  let oid = await resolveRefOrNull(ctx, options.ref ?? 'HEAD');
  let current = path;
  while (oid !== null && out.length < limit) {
    const commit = await readCommit(ctx, oid);
    const parentOid = commit.commit.parent[0] ?? null;
    const parent = parentOid === null ? null : await readCommit(ctx, parentOid);
    const now = await trees.blobAt(commit.commit.tree, current);
    const before = parent === null ? null : await trees.blobAt(parent.commit.tree, current);
    if (now !== before) {
      const entry = toEntry(commit, current, now, now === null ? 'deleted' : before === null ? 'added' : 'modified');
      if (entry.status === 'added' && follow && parent !== null) {
        const from = await findRenameSource(trees, parent.commit.tree, commit.commit.tree, current, now);
        if (from !== null) {
          entry.status = 'renamed';
          entry.from = from;
          current = from;
        }
      }
      out.push(entry);
    }
    oid = parentOid;
  }
  return out;
}

/** The path a newly added file was renamed from: a deleted file with the same content, or the only deleted file beside it. */
async function findRenameSource(
  trees: TreeReader,
  before: string,
  after: string,
  path: string,
  blob: string | null,
): Promise<string | null> {
  const changes = await trees.diff(before, after);
  const deleted = changes.filter((c) => c.after === null);
  const exact = deleted.find((c) => c.before === blob);
  if (exact) return exact.path;
  const added = changes.filter((c) => c.before === null);
  const ext = (p: string) => p.slice(p.lastIndexOf('.'));
  if (deleted.length === 1 && added.length === 1 && added[0].path === path && ext(deleted[0].path) === ext(path))
    return deleted[0].path;
  return null;
}

async function readCommit(ctx: RepoContext, oid: string): Promise<ReadCommitResult> {
  return git.readCommit({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid, cache: ctx.cache });
}

function toEntry(
  commit: ReadCommitResult,
  path: string,
  blob: string | null,
  status: HistoryEntry['status'],
): HistoryEntry {
  const { author, message } = commit.commit;
  return {
    commit: commit.oid,
    date: new Date(author.timestamp * 1000).toISOString(),
    author: { name: author.name, email: author.email },
    message: message.trimEnd(),
    path,
    blob,
    status,
  };
}
