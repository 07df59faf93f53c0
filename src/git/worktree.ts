import type { GitFsStats } from './GitFs';
import { joinPath } from './GitFs';
import { IgnoreMatcher } from './ignoreMatcher';
import { isIgnoreRulesFs } from './ignoreRulesFs';
import { objectStore } from './ObjectStore';
import type { RepoContext } from './RepoContext';
import type { BlobTarget } from './treeEdit';
import type { SkippedEntry } from './worktreeEntry';
import { readWorktreeEntry } from './worktreeEntry';

/** A working-tree file as git would store it: its bytes and mode. */
export interface WorktreeFile {
  bytes: Uint8Array;
  mode: BlobTarget['mode'];
  stats: GitFsStats;
}

/** True for the answer of {@link readWorktreeFile} about an entry git skips. */
export function isSkipped(read: object): read is SkippedEntry {
  return 'reason' in read;
}

/**
 * Reads a working-tree file as git would store it (a symbolic link as its link text, never
 * followed); `null` when it is gone (or now a folder), a {@link SkippedEntry} for a FIFO, socket
 * or device, which git does not commit and which must never be opened.
 */
export async function readWorktreeFile(ctx: RepoContext, path: string): Promise<WorktreeFile | SkippedEntry | null> {
  const entry = await readWorktreeEntry(ctx.fs, joinPath(ctx.dir, path));
  if (entry === null || entry.kind === 'folder') return null;
  if (entry.kind === 'special') return { path, reason: entry.reason };
  if (entry.kind === 'symlink') return { bytes: entry.bytes, mode: '120000', stats: entry.stats };
  const executable = entry.stats.mode !== undefined && (entry.stats.mode & 0o111) !== 0;
  return { bytes: entry.bytes, mode: executable ? '100755' : '100644', stats: entry.stats };
}

/** Writes a working-tree file's content as a blob; `null` when the file is gone, the entry itself when git skips it. */
export async function writeWorktreeBlob(ctx: RepoContext, path: string): Promise<BlobTarget | SkippedEntry | null> {
  const file = await readWorktreeFile(ctx, path);
  if (file === null || isSkipped(file)) return file;
  const oid = await objectStore(ctx, ctx.codec).writeBlob(file.bytes);
  return { oid, mode: file.mode, stats: file.stats };
}

/** One matcher per pass: an {@link ignoreRulesFs} view stands for rules that do not change meanwhile. */
const passMatchers = new WeakMap<object, IgnoreMatcher>();

/**
 * True when `.gitignore` rules exclude the path (tracked paths stay tracked regardless). Within a
 * pass over an {@link ignoreRulesFs} view each ignore file is parsed once; otherwise afresh.
 */
export async function isIgnoredPath(ctx: RepoContext, path: string): Promise<boolean> {
  let matcher = passMatchers.get(ctx.fs);
  if (matcher === undefined) {
    matcher = new IgnoreMatcher(ctx.fs, ctx.dir, ctx.gitdir, ctx.excludesFile?.() ?? null);
    if (isIgnoreRulesFs(ctx.fs)) passMatchers.set(ctx.fs, matcher);
  }
  return matcher.isIgnored(path);
}
