import * as git from 'isomorphic-git';
import { type AuthCallback, type HttpClient, type ProgressCallback } from 'isomorphic-git';
import { commitMessage } from './commitMessage';
import { describeCorruption } from './corruption';
import type { MessageChange } from './commitMessage';
import type { FieldChange } from './fieldHistory';
import { fieldHistory } from './fieldHistory';
import type { FileSystemTraits } from './coreConfig';
import type { GitFs } from './GitFs';
import type { GitObjectCodec } from './GitObjectCodec';
import { joinPath, lstatOrNull } from './GitFs';
import type { HistoryEntry, PathHistoryOptions } from './history';
import { pathHistory } from './history';
import type { IndexLockOptions } from './indexLock';
import type { ImportProgress, InitResult } from './initRepository';
import { initRepository } from './initRepository';
import { forgetIndexCopy } from './indexUpdate';
import type { FileStat, WorkingFiles } from './listWorkingFiles';
import { listWorkingFiles } from './listWorkingFiles';
import { OperationQueue } from './OperationQueue';
import type { ProcessProbe } from './ProcessProbe';
import { resolveRefOrNull } from './refs';
import { pull, type PullResult } from './remote/pull';
import { push, type PushResult } from './remote/push';
import { setRemote } from './remote/remoteConfig';
import { assertUsableRemoteUrl } from './remote/supportedUrl';
import { toGitPath, uniqueGitPaths } from './paths';
import type { RepoContext } from './RepoContext';
import { fieldValueAt, type FieldValueAt } from './restoreField';
import type { StatusScanOptions, StatusScanResult } from './statusScan';
import { scanStatus } from './statusScan';
import type { CommitResult, GitIdentity } from './targetedCommit';
import { targetedCommit } from './targetedCommit';
import type { SkippedEntry } from './worktreeEntry';

const DEFAULT_AUTHOR: GitIdentity = { name: 'Vault Stack', email: 'vault-stack@localhost' };
const ORIGIN = 'origin';

/** How to reach and sign a vault's repository. */
export interface GitRepoOptions {
  /** isomorphic-git's promise fs client: node's `fs`, or the vault adapter. */
  fs: GitFs;
  /** The vault root (the repository's working tree). */
  dir: string;
  /** Default `<dir>/.git`. */
  gitdir?: string;
  /** Author and committer of commits (a function is asked at each commit, so settings apply live). Default `Vault Stack <vault-stack@localhost>`. */
  author?: GitIdentity | (() => GitIdentity);
  /** The clock for commit times. Default `() => new Date()`. */
  now?: () => Date;
  /** Obsidian's config folder (`Vault#configDir`), for the `.gitignore` rules. */
  configDir: string;
  /** How long to wait for native git's `index.lock` before failing with `INDEX_LOCKED` (ms). Default 2000 with `sleep`. */
  indexLockWaitMs?: number;
  /** Fast SHA-1 and deflate (node's, on desktop and in the CLI); without it, WebCrypto and `CompressionStream` (or plain JavaScript). */
  codec?: GitObjectCodec;
  /** A timer for lock polling (`window.setTimeout` in Obsidian). Without it a held lock fails at once. */
  sleep?: (ms: number) => Promise<void>;
  /** Process ids (the CLI has them): lets a commit tell a crashed run's ref lock from a live one's. */
  processes?: ProcessProbe;
  /** The global excludes file git would read (the CLI's, from git's config); absent: none. See {@link RepoContext.excludesFile}. */
  excludesFile?: () => string | null;
}

/** Options of {@link GitRepo.commit}. */
export interface CommitOptions {
  /** Vault paths changed since the last commit (both sides of a rename). */
  paths: readonly string[];
  /** The message, or a function of what changed; default {@link commitMessage} in item terms. */
  message?: string | ((changes: readonly MessageChange[]) => string);
  /** Renames from vault events, new path → old path (see `ChangeTracker.take`). */
  renames?: ReadonlyMap<string, string>;
}

/** How one pull or push reaches the remote `origin`. */
export interface RemoteCall {
  /** `isomorphic-git/http/node` in the CLI, `requestUrlHttp(requestUrl)` in Obsidian. */
  http: HttpClient;
  /** Supplies the token when the server asks (see `tokenAuth`). */
  onAuth?: AuthCallback;
  /** Use this URL and save it as `origin` once the remote answered; a URL that failed is never saved. */
  url?: string;
  /** Transfer progress from isomorphic-git (`phase`, `loaded`, `total`). */
  onProgress?: ProgressCallback;
}

/** Options of {@link GitRepo.init}. */
export interface InitOptions {
  message?: string;
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Probes the file system as native `git init` does (the CLI's node probe); without it isomorphic-git's fixed `[core]` stays. */
  fileSystemTraits?: (gitdir: string) => Promise<FileSystemTraits>;
}

/**
 * A vault's local git repository: init, fast targeted commits, the start-up scan and history,
 * each run one at a time through an operation queue, sharing one isomorphic-git cache.
 *
 * @example
 * const repo = new GitRepo({ fs, dir: '/vault', configDir: '.obsidian', codec });
 * await repo.init({ onProgress: ({ done, total }) => show(done, total) });
 * const found = await repo.scan(filesWithStats);            // changes made while closed
 * tracker.modified('Habits/meditate.md');                     // from vault events
 * await repo.commit(tracker.take());                          // "habit: meditate checked in 2026-11-28"
 * await repo.fieldHistory('Infra/jellyfin.md', 'port');       // when did the port change?
 */
export class GitRepo {
  /** The queue every operation goes through. */
  readonly queue = new OperationQueue();
  private readonly ctx: RepoContext;
  private readonly author: () => GitIdentity;
  private readonly now: () => Date;
  private readonly lockWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly configDir: string;

  constructor(options: GitRepoOptions) {
    this.ctx = {
      fs: options.fs,
      dir: options.dir,
      gitdir: options.gitdir ?? joinPath(options.dir, '.git'),
      cache: {},
      codec: options.codec,
      processes: options.processes,
      excludesFile: options.excludesFile,
    };
    const author = options.author ?? DEFAULT_AUTHOR;
    this.author = typeof author === 'function' ? author : () => author;
    this.now = options.now ?? (() => new Date());
    this.lockWaitMs = options.sleep ? (options.indexLockWaitMs ?? 2000) : 0;
    this.sleep = options.sleep ?? (() => Promise.resolve());
    this.configDir = options.configDir;
  }

  /** True when the vault already has a repository. */
  isRepository(): Promise<boolean> {
    return this.run(async () => (await lstatOrNull(this.ctx.fs, `${this.ctx.gitdir}/HEAD`)) !== null);
  }

  /** When HEAD's commit was made, or `null` without a repository or before the first commit. */
  lastCommitDate(): Promise<Date | null> {
    return this.run(async () => {
      const oid = await resolveRefOrNull(this.ctx, 'HEAD');
      if (oid === null) return null;
      const { commit } = await git.readCommit({
        fs: this.ctx.fs,
        dir: this.ctx.dir,
        gitdir: this.ctx.gitdir,
        oid,
        cache: this.ctx.cache,
      });
      return new Date(commit.committer.timestamp * 1000);
    });
  }

  /** Creates the repository with a `.gitignore` and commits every file (idempotent: an existing repository is reported, not touched). */
  init(options: InitOptions = {}): Promise<InitResult> {
    return this.run(() =>
      initRepository(this.ctx, {
        ...options,
        configDir: this.configDir,
        author: this.author(),
        lock: this.lock(),
        ...this.clock(),
      }),
    );
  }

  /** Commits exactly these paths; `{ status: 'nothing' }` when they match HEAD. */
  async commit(options: CommitOptions): Promise<CommitResult> {
    const paths = uniqueGitPaths(options.paths, 'GitRepo.commit');
    const message = options.message ?? ((changes: readonly MessageChange[]) => commitMessage(changes));
    const renames = new Map(
      [...(options.renames ?? [])].map(([to, from]) => [
        toGitPath(to, 'GitRepo.commit'),
        toGitPath(from, 'GitRepo.commit'),
      ]),
    );
    return this.run(
      () =>
        targetedCommit(this.ctx, {
          paths,
          message,
          renames,
          author: this.author(),
          ...this.clock(),
          lock: this.lock(),
        }),
      true,
    );
  }

  /** Changes made while the host was not watching, from the host's file stats (hashes only files whose stats differ). */
  scan(files: readonly FileStat[] | WorkingFiles, options?: StatusScanOptions): Promise<StatusScanResult> {
    return this.run(() => scanStatus(this.ctx, files, options));
  }

  /** The working tree's files with stats (for hosts that do not hold them, like the CLI); entries git cannot commit go to `skipped`. */
  listFiles(skipped?: SkippedEntry[]): Promise<WorkingFiles> {
    return this.run(() => listWorkingFiles(this.ctx, skipped));
  }

  /** The commits that changed a file, newest first, following renames. */
  async history(path: string, options?: PathHistoryOptions): Promise<HistoryEntry[]> {
    const gitPath = toGitPath(path, 'GitRepo.history');
    return this.run(() => pathHistory(this.ctx, gitPath, options));
  }

  /** Each change of one frontmatter field of a file, newest first. */
  async fieldHistory(path: string, field: string): Promise<FieldChange[]> {
    const gitPath = toGitPath(path, 'GitRepo.fieldHistory');
    return this.run(() => fieldHistory(this.ctx, gitPath, field));
  }

  /** The value a frontmatter field had at `commit`, to restore it (the caller writes it through its frontmatter writer). */
  async fieldValueAt(path: string, field: string, commit: string): Promise<FieldValueAt> {
    const gitPath = toGitPath(path, 'GitRepo.fieldValueAt');
    return this.run(() => fieldValueAt(this.ctx, gitPath, field, commit));
  }

  /** Fetches `origin` and fast-forwards or merges (a conflict changes nothing); merge commits are signed by the author. */
  pull(call: RemoteCall): Promise<PullResult> {
    return this.remote('pull', call, (ctx) =>
      pull({ ...ctx, ...call, remote: ORIGIN, author: this.author(), ...this.clock() }),
    );
  }

  /** Pushes the current branch to `origin`, never forcing. */
  push(call: RemoteCall): Promise<PushResult> {
    return this.remote('push', call, (ctx) => push({ ...ctx, ...call, remote: ORIGIN }));
  }

  private remote<T>(caller: string, call: RemoteCall, operation: (ctx: RepoContext) => Promise<T>): Promise<T> {
    return this.run(async () => {
      if (call.url !== undefined) assertUsableRemoteUrl(call.url, caller);
      const result = await operation(this.ctx);
      if (call.url !== undefined) await setRemote(this.ctx, ORIGIN, call.url);
      return result;
    });
  }

  private lock(): IndexLockOptions {
    return { waitMs: this.lockWaitMs, pollMs: Math.min(100, Math.max(1, this.lockWaitMs)), sleep: this.sleep };
  }

  private clock(): { timestamp: number; timezoneOffset: number } {
    const date = this.now();
    return { timestamp: Math.floor(date.getTime() / 1000), timezoneOffset: date.getTimezoneOffset() };
  }

  /** Runs an operation in the queue; any but a commit may write `.git/index` in place, so the commit's copy of it is dropped first. */
  private run<T>(operation: () => Promise<T>, isCommit = false): Promise<T> {
    return this.queue.run(async () => {
      if (!isCommit) forgetIndexCopy(this.ctx);
      try {
        return await operation();
      } catch (err) {
        this.dropCache();
        throw describeCorruption(err);
      }
    });
  }

  /** After a failure, forget cached index and packs so the next operation reads what is on disk. */
  private dropCache(): void {
    const cache = this.ctx.cache as Record<symbol, unknown>;
    for (const key of Object.getOwnPropertySymbols(cache)) delete cache[key];
  }
}
