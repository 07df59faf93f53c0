import type { FileSystemTraits } from './coreConfig';
import { ensureGitignore } from './gitignore';
import type { IndexLockOptions } from './indexLock';
import { waitForIndexLock } from './indexLock';
import { lstatOrNull, readBytesOrNull, unlinkIfExists } from './GitFs';
import { GitLayerError } from './errors';
import { parseGitIndex } from './indexFile';
import { NO_STATS } from './indexOfTree';
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
  /** Files imported between progress reports. */
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
 * the import (paths an existing index stages and the import does not list stay staged).
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
    await createGitdir(ctx, options.fileSystemTraits);
  }
  await waitForIndexLock(ctx.fs, ctx.gitdir, options.lock, CALLER);
  await ensureGitignore(ctx.fs, ctx.dir, options.configDir);
  const skipped: SkippedEntry[] = [];
  const files = (await listWorkingFiles(ctx, skipped)).paths;
  return importDirectly(ctx, options, files, skipped);
}

function coreSection(traits: FileSystemTraits): string {
  const lines = [
    '[core]',
    '\trepositoryformatversion = 0',
    `\tfilemode = ${traits.filemode}`,
    '\tbare = false',
    '\tlogallrefupdates = true',
    ...(traits.symlinks ? [] : ['\tsymlinks = false']),
    ...(traits.ignorecase ? ['\tignorecase = true'] : []),
  ];
  return `${lines.join('\n')}\n`;
}

const FOLDERS = ['hooks', 'info', 'objects/info', 'objects/pack', 'refs/heads', 'refs/tags'];

/**
 * `git init` on branch `main`: the folders, `[core]` and HEAD. `[core]` first has the fixed values
 * isomorphic-git wrote (no executable bits, no symlinks, case-insensitive); with the host's probe,
 * which looks at that config file as native git does, it then says what native `git init` would
 * on this file system. An existing config is kept.
 */
async function createGitdir(
  ctx: RepoContext,
  probe: ((gitdir: string) => Promise<FileSystemTraits>) | undefined,
): Promise<void> {
  for (const folder of FOLDERS) await ctx.fs.promises.mkdir(`${ctx.gitdir}/${folder}`, { recursive: true });
  const config = `${ctx.gitdir}/config`;
  if ((await lstatOrNull(ctx.fs, config)) === null) {
    await ctx.fs.promises.writeFile(
      config,
      coreSection({ filemode: false, symlinks: false, ignorecase: true }),
      'utf8',
    );
    if (probe) await ctx.fs.promises.writeFile(config, coreSection(await probe(ctx.gitdir)), 'utf8');
  }
  await ctx.fs.promises.writeFile(`${ctx.gitdir}/HEAD`, 'ref: refs/heads/main\n', 'utf8');
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

  // Paths a native `git add` staged before this first commit, and which are not imported now, stay staged.
  const imported = new Set(entries.map((e) => e.path));
  for (const kept of await stagedEntries(ctx)) if (!imported.has(kept.path)) entries.push(kept);
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
  if (index === null) throw new GitLayerError('IO', 'No SHA-1 on this device to write .git/index', CALLER);
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

/** The stage-0 entries of an index already there (none when there is no index), with no stats: git compares them once. */
async function stagedEntries(ctx: RepoContext): Promise<FreshIndexEntry[]> {
  const bytes = await readBytesOrNull(ctx.fs, `${ctx.gitdir}/index`);
  if (bytes === null) return [];
  const out: FreshIndexEntry[] = [];
  for (const entry of parseGitIndex(bytes).entries.values()) {
    const mode = entry.mode.toString(8);
    if (mode !== '160000') out.push({ path: entry.path, oid: entry.oid, mode, stats: NO_STATS });
  }
  return out;
}
