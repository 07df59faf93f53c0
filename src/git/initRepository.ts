import * as git from 'isomorphic-git';
import { writeCoreConfig, type FileSystemTraits } from './coreConfig';
import { ensureGitignore } from './gitignore';
import type { IndexLockOptions } from './indexLock';
import { waitForIndexLock } from './indexLock';
import { lstatOrNull, unlinkIfExists } from './GitFs';
import { sha1Hex } from './GitObjectCodec';
import type { FreshIndexEntry } from './freshIndex';
import { encodeFreshIndex, writeIndexFile } from './freshIndex';
import { writeImportTree } from './importTree';
import { ignoreRulesFs } from './ignoreRulesFs';
import { listWorkingFiles } from './listWorkingFiles';
import { OBJECTS_IN_FLIGHT } from './webCodec';
import { clearJournal, readJournal, writeJournal } from './journal';
import { objectStore } from './ObjectStore';
import { recoverInterrupted } from './recoverInterrupted';
import { headTargetRef, resolveRefOrNull, writeRefAtomic } from './refs';
import type { RepoContext } from './RepoContext';
import type { GitIdentity } from './targetedCommit';
import { isIgnoredPath, isSkipped, readWorktreeFile } from './worktree';
import type { SkippedEntry } from './worktreeEntry';

/** Progress of an initial import: files staged so far out of the total. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Options of {@link initRepository}. */
export interface InitRepositoryOptions {
  author: GitIdentity;
  timestamp: number;
  timezoneOffset: number;
  message?: string;
  /** Obsidian's config folder (`Vault#configDir`), for the `.gitignore` rules. */
  configDir: string;
  /** Files imported between progress reports (and per `add` call on the fallback path). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  lock: IndexLockOptions;
  /** Probes the new `.git` the way native git does, so `[core]` says what native `git init` would. */
  fileSystemTraits?: (gitdir: string) => Promise<FileSystemTraits>;
}

/** What `init` did: created the repository and its first commit, or found one already there. */
export type InitResult =
  | { status: 'created'; commit: string; files: number; skipped: SkippedEntry[] }
  | { status: 'exists'; head: string | null };

const CALLER = 'GitRepo.init';
/** Files read at once: enough to hide fs latency, few enough never to hit EMFILE. */
const READ_AHEAD = OBJECTS_IN_FLIGHT;

/**
 * Makes the vault a repository: `git init` (branch `main`), a `.gitignore`, and a first commit of
 * every file — each file written once as a blob, the whole tree built bottom-up once, and
 * `.git/index` written in one pass with the files' stats (so git sees a clean tree without
 * re-hashing). A repository that already has commits is left alone; one without commits gets
 * the import (through isomorphic-git's batched `add` when it already has an index to keep).
 */
export async function initRepository(ctx: RepoContext, options: InitRepositoryOptions): Promise<InitResult> {
  const exists = (await lstatOrNull(ctx.fs, `${ctx.gitdir}/HEAD`)) !== null;
  if (exists) {
    // An import killed mid-way left its journal: finish or undo its ref update, drop its index lock.
    const journal = await readJournal(ctx);
    await recoverInterrupted(ctx, journal);
    const head = await resolveRefOrNull(ctx, 'HEAD');
    if (journal?.indexLock) await clearJournal(ctx);
    if (head !== null) return { status: 'exists', head };
  } else {
    await git.init({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, defaultBranch: 'main' });
    if (options.fileSystemTraits) await writeCoreConfig(ctx, await options.fileSystemTraits(ctx.gitdir));
  }
  await waitForIndexLock(ctx.fs, ctx.gitdir, options.lock, CALLER);
  await ensureGitignore(ctx.fs, ctx.dir, options.configDir);
  const skipped: SkippedEntry[] = [];
  const files = (await listWorkingFiles(ctx, skipped)).map((f) => f.path);
  const hasIndex = (await lstatOrNull(ctx.fs, `${ctx.gitdir}/index`)) !== null;
  const canHash = (await sha1Hex(ctx.codec, new Uint8Array(0))) !== null;
  return hasIndex || !canHash
    ? importByAdd(ctx, options, files, skipped)
    : importDirectly(ctx, options, files, skipped);
}

function commitMessage(options: InitRepositoryOptions, files: number): string {
  return options.message ?? `vault: initial import of ${files} files\n`;
}

/** The fast import: blobs, one bottom-up tree, the commit, a fresh index, then the ref. */
async function importDirectly(
  ctx: RepoContext,
  options: InitRepositoryOptions,
  files: readonly string[],
  skipped: SkippedEntry[],
): Promise<InitResult> {
  const store = objectStore(ctx, ctx.codec, undefined, true);
  const batch = Math.max(1, options.batchSize ?? 1000);
  const entries: FreshIndexEntry[] = [];
  const rules = { ...ctx, fs: ignoreRulesFs(ctx.fs) };
  for (let start = 0; start < files.length; start += READ_AHEAD) {
    const chunk = files.slice(start, start + READ_AHEAD);
    // Ignored files inside listed folders are skipped here, as `add` skips them.
    const read = await Promise.all(
      chunk.map(async (path) => ((await isIgnoredPath(rules, path)) ? null : readWorktreeFile(ctx, path))),
    );
    // The chunk's blobs are written together: an asynchronous codec (WebCrypto on mobile) overlaps them.
    const oids = await Promise.all(
      read.map(async (file) => (file === null || isSkipped(file) ? null : store.writeBlob(file.bytes))),
    );
    for (let i = 0; i < chunk.length; i++) {
      const file = read[i];
      const oid = oids[i];
      // A file gone since the listing is simply not imported; one that became a FIFO is reported.
      if (file !== null && isSkipped(file)) skipped.push(file);
      else if (file !== null && oid !== null) entries.push({ path: chunk[i], oid, mode: file.mode, stats: file.stats });
      const done = start + i + 1;
      if (done % batch === 0 || done === files.length) options.onProgress?.({ done, total: files.length });
    }
  }

  const tree = await writeImportTree(store, entries);
  const who = { ...options.author, timestamp: options.timestamp, timezoneOffset: options.timezoneOffset };
  const message = commitMessage(options, entries.length);
  const commit = await store.writeCommit({
    tree: tree.oid,
    parents: [],
    author: who,
    message: message.endsWith('\n') ? message : `${message}\n`,
  });
  const index = await encodeFreshIndex(entries, tree.cacheTree, ctx.codec);
  if (index === null) return importByAdd(ctx, options, files, skipped);
  const ref = await headTargetRef(ctx, CALLER);
  await writeJournal(ctx, { paths: [], ref, from: null, to: commit, indexLock: true });
  await writeIndexFile(ctx, index);
  try {
    await writeRefAtomic(ctx, ref, commit, CALLER);
  } catch (err) {
    // No commit landed: leave no index behind either, so a retry starts from the same state.
    if ((await resolveRefOrNull(ctx, ref).catch(() => null)) !== commit)
      await unlinkIfExists(ctx.fs, `${ctx.gitdir}/index`).catch(() => undefined);
    throw err;
  }
  await clearJournal(ctx);
  return { status: 'created', commit, files: entries.length, skipped };
}

/** The fallback import, for a repository whose existing index must be kept: batched `add`, then `commit`. */
async function importByAdd(
  ctx: RepoContext,
  options: InitRepositoryOptions,
  files: readonly string[],
  skipped: SkippedEntry[],
): Promise<InitResult> {
  const batch = Math.max(1, options.batchSize ?? 1000);
  for (let start = 0; start < files.length; start += batch) {
    await git.add({
      fs: ctx.fs,
      dir: ctx.dir,
      gitdir: ctx.gitdir,
      cache: ctx.cache,
      filepath: files.slice(start, start + batch),
    });
    options.onProgress?.({ done: Math.min(start + batch, files.length), total: files.length });
  }
  // Staging skipped ignored files; count what the index really holds.
  const staged = (await git.listFiles({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, cache: ctx.cache })).length;
  const who = { ...options.author, timestamp: options.timestamp, timezoneOffset: options.timezoneOffset };
  const commit = await git.commit({
    fs: ctx.fs,
    dir: ctx.dir,
    gitdir: ctx.gitdir,
    cache: ctx.cache,
    message: commitMessage(options, staged),
    author: who,
    committer: who,
  });
  return { status: 'created', commit, files: staged, skipped };
}
