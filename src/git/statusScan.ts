import * as git from 'isomorphic-git';
import type { GitIndexSnapshot } from './indexFile';
import { IndexEntries, parseGitIndex } from './indexFile';
import type { GitFsStats } from './GitFs';
import { identityOf, joinPath, lstatOrNull, readBytesOrNull, sameFile } from './GitFs';
import { ignoreRulesFs } from './ignoreRulesFs';
import { readJournal } from './journal';
import { recoverInterrupted } from './recoverInterrupted';
import type { StatRefresh } from './refreshIndexStats';
import { objectStore } from './ObjectStore';
import type { FileStat, WorkingFiles } from './listWorkingFiles';
import { workingFilesOf } from './listWorkingFiles';
import { resolveRefOrNull } from './refs';
import type { RepoContext } from './RepoContext';
import { stagedPaths } from './stagedPaths';
import { isIgnoredPath, isSkipped, readWorktreeFile } from './worktree';

/** Options of {@link scanStatus}. */
export interface StatusScanOptions {
  /**
   * Which tracked paths the host's file list speaks for. Obsidian lists notes and attachments but
   * not dotfiles, so a tracked `.gitignore` missing from the list is not a deletion. Default: all.
   */
  covers?: (path: string) => boolean;
  /**
   * Rewrites the cached stat data of files hashed and found unchanged into `.git/index`, as `git
   * status` does, so the next scan hashes nothing: the CLI's commit passes `refreshIndexStats`
   * (handed in, so the plugin bundle does not carry it). Default: none, as the plugin scans from
   * the host's stats, which say nothing of inodes and devices.
   */
  refreshIndex?: (ctx: RepoContext, index: Uint8Array, unchanged: readonly StatRefresh[]) => Promise<unknown>;
  /**
   * Told of `.git/index` as read, with the file's stats before and after the read: the CLI's
   * commit passes `rememberIndexRead` (handed in, as `refreshIndex` is), so the commit that follows
   * neither reads the index again nor finds its entries again. Default: none.
   */
  indexRead?: (
    ctx: RepoContext,
    index: Uint8Array,
    snapshot: GitIndexSnapshot,
    before: GitFsStats | null,
    after: GitFsStats | null,
  ) => void;
}

/**
 * `.git/index` as read and parsed ahead of the scan, with its stats before and after the read: the
 * CLI's commit reads it while its walk's lstats run, and its fs answers `takeIndexRead` (see
 * src/cli/git/indexReadAhead.ts). The scan uses it when the file still has the stats it had after
 * the read and no interrupted commit is pending (whose recovery may rewrite the index).
 */
export interface IndexReadAhead {
  before: GitFsStats | null;
  bytes: Uint8Array;
  snapshot: GitIndexSnapshot;
  after: GitFsStats;
}

/** Changes found by the start-up scan, relative to `.git/index`; `hashed` counts files read. */
export interface StatusScanResult {
  added: string[];
  modified: string[];
  deleted: string[];
  /** Paths with unresolved merge conflicts in the index. */
  conflicted: string[];
  /** Paths whose index entry differs from HEAD (staged by native git), whatever the working tree says. */
  staged: string[];
  hashed: number;
}

/** ms of slack for hosts that round mtimes rather than floor them. */
const MTIME_SLACK_MS = 1;

/**
 * Finds changes made while the host was not watching (Obsidian closed, native git, other tools):
 * compares the host's stats with `.git/index` and hashes only the files whose stats differ.
 * Paths left by an interrupted commit are re-checked against HEAD.
 */
export async function scanStatus(
  ctx: RepoContext,
  listed: readonly FileStat[] | WorkingFiles,
  options: StatusScanOptions = {},
): Promise<StatusScanResult> {
  const files = isRows(listed) ? workingFilesOf(listed) : listed;
  const covers = options.covers ?? (() => true);
  // A commit killed mid-way is finished or rolled back first, so HEAD below is what it should be.
  const journal = await readJournal(ctx);
  await recoverInterrupted(ctx, journal);
  const indexPath = `${ctx.gitdir}/index`;
  const ahead = (ctx.fs as { takeIndexRead?: (path: string) => IndexReadAhead | null }).takeIndexRead?.(indexPath);
  let indexStats = ahead && !journal ? await lstatOrNull(ctx.fs, indexPath) : null;
  const early = ahead && indexStats && sameFile(identityOf(indexStats), identityOf(ahead.after)) ? ahead : null;
  const before = early ? early.before : options.indexRead && (await lstatOrNull(ctx.fs, indexPath));
  const bytes = early ? early.bytes : await readBytesOrNull(ctx.fs, indexPath);
  const snapshot = early
    ? early.snapshot
    : bytes === null
      ? { version: 2, entries: new IndexEntries(new Uint8Array(0), 0), conflicts: [] as string[], extensionsAt: 0 }
      : parseGitIndex(bytes);
  // An entry whose mtime is not older than the index itself may have changed after it was staged
  // within the same clock tick ("racily clean", as git calls it): always hash those.
  if (!early) indexStats = await lstatOrNull(ctx.fs, indexPath);
  const racyFrom = Math.floor(indexStats?.mtimeMs ?? Infinity);
  if (bytes !== null) options.indexRead?.(ctx, bytes, snapshot, before || null, indexStats);
  const head = await resolveRefOrNull(ctx, 'HEAD');
  const staged = await stagedPaths(ctx, head, snapshot, bytes);
  const result: StatusScanResult = {
    added: [],
    modified: [],
    deleted: [],
    conflicted: [...snapshot.conflicts],
    staged,
    hashed: 0,
  };
  const rules: RepoContext = { ...ctx, fs: ignoreRulesFs(ctx.fs) };
  const candidates: number[] = [];
  const { entries } = snapshot;
  const unmatched: number[] = [];
  // Listed paths are distinct, so when every index entry was listed none is deleted.
  const matched = matchListed(files, entries, racyFrom, candidates, unmatched);
  for (const i of unmatched) {
    const path = files.paths[i];
    if (!snapshot.conflicts.includes(path) && !(await isIgnoredPath(rules, path))) result.added.push(path);
  }
  if (matched < entries.size) {
    const seen = new Set(files.paths);
    for (const path of entries.keys()) {
      if (seen.has(path) || !covers(path)) continue;
      // Not listed: gone, or in a folder the ignore rules exclude (which a walk does not enter, and
      // where git keeps tracked files tracked): compared by content then.
      if ((await lstatOrNull(ctx.fs, joinPath(ctx.dir, path))) === null) result.deleted.push(path);
      else candidates.push(entries.rowOf(path));
    }
  }
  const unchanged: StatRefresh[] = [];
  for (const row of candidates) {
    const entry = entries.at(row);
    result.hashed++;
    const file = await readWorktreeFile(ctx, entry.path);
    if (file === null) result.deleted.push(entry.path);
    else if (isSkipped(file)) continue;
    else if ((await objectStore(ctx, ctx.codec).hashBlob(file.bytes)) !== entry.oid) result.modified.push(entry.path);
    else if (parseInt(file.mode, 8) === entry.mode) unchanged.push({ at: entries.offsets[row], stats: file.stats });
  }
  if (options.refreshIndex !== undefined && bytes !== null) await options.refreshIndex(ctx, bytes, unchanged);
  await recheckInterruptedCommit(ctx, result, journal?.paths ?? [], head);
  result.added.sort();
  result.modified.sort();
  result.deleted.sort();
  return result;
}

/** Whether a host gave its files as rows (the plugin's FileStat[]) rather than columns. */
function isRows(files: readonly FileStat[] | WorkingFiles): files is readonly FileStat[] {
  return Array.isArray(files);
}

/**
 * Steps through the listed files and the index's rows together: a file whose stats differ from
 * its row (or that is racily clean) adds the row to `candidates`, a file with no row its position
 * in `files` to `unmatched`. Answers how many files had a row. A function of its own, with no
 * await: V8 optimises this loop while it runs (on-stack), and code after such a loop that never
 * ran before throws that code away and compiles the whole function again; in the async scan that
 * was a 10-14 ms compile on a background thread, still running when a no-change commit had
 * printed its line, which the process then waited for at exit.
 */
function matchListed(
  files: WorkingFiles,
  entries: IndexEntries,
  racyFrom: number,
  candidates: number[],
  unmatched: number[],
): number {
  let listed = 0;
  const { sizes, mtimes, paths } = entries;
  const listedPaths = files.paths;
  const listedSizes = files.sizes;
  const listedMtimes = files.mtimes;
  // While the listed paths ascend, as the CLI's walk lists them (git's order), each is found by
  // stepping through the index's rows alongside instead of a lookup.
  let cursor = entries.isAscending ? 0 : -1;
  const rowCount = entries.rowCount;
  let previous = '';
  // Indexed loops: this one runs once per process, mostly before V8 optimises it, and an array's
  // for-of then makes an iterator result per file (2 MB of garbage at 50,000 notes).
  for (let i = 0; i < listedPaths.length; i++) {
    const path = listedPaths[i];
    let row: number;
    if (cursor >= 0 && cursor < rowCount && paths[cursor] === path) {
      // The usual case: the next file is the next row (one string comparison, not three).
      row = cursor++;
    } else if (cursor >= 0 && previous < path) {
      while (cursor < rowCount && paths[cursor] < path) cursor++;
      row = cursor < rowCount && paths[cursor] === path ? cursor++ : -1;
    } else {
      cursor = -1;
      row = entries.rowOf(path);
    }
    previous = path;
    if (row < 0) {
      unmatched.push(i);
      continue;
    }
    listed++;
    const mtime = mtimes[row];
    if (
      sizes[row] !== listedSizes[i] ||
      Math.abs(Math.floor(listedMtimes[i]) - mtime) > MTIME_SLACK_MS ||
      mtime >= racyFrom
    )
      candidates.push(row);
  }
  return listed;
}

/** The blob oid of a working-tree file; `null` when it is gone, `undefined` for an entry git skips (a FIFO: never opened). */
async function worktreeOid(ctx: RepoContext, path: string): Promise<string | null | undefined> {
  const file = await readWorktreeFile(ctx, path);
  if (file === null) return null;
  return isSkipped(file) ? undefined : objectStore(ctx, ctx.codec).hashBlob(file.bytes);
}

/** Adds the paths of a commit that crashed midway, compared with HEAD (the index may already hold them). */
async function recheckInterruptedCommit(
  ctx: RepoContext,
  result: StatusScanResult,
  pending: readonly string[],
  head: string | null,
): Promise<void> {
  if (pending.length === 0) return;
  const listed = new Set([...result.added, ...result.modified, ...result.deleted]);
  for (const path of pending) {
    if (listed.has(path)) continue;
    const inHead = head === null ? null : await headBlobOid(ctx, head, path);
    const exists = (await lstatOrNull(ctx.fs, joinPath(ctx.dir, path))) !== null;
    const now = exists ? await worktreeOid(ctx, path) : null;
    result.hashed += exists ? 1 : 0;
    if (now === inHead || now === undefined) continue;
    if (inHead === null) result.added.push(path);
    else if (now === null) result.deleted.push(path);
    else result.modified.push(path);
  }
}

async function headBlobOid(ctx: RepoContext, head: string, path: string): Promise<string | null> {
  try {
    return (
      await git.readBlob({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid: head, filepath: path, cache: ctx.cache })
    ).oid;
  } catch (err) {
    if ((err as { code?: string }).code === 'NotFoundError') return null;
    throw err;
  }
}
