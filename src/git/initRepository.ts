import git from 'isomorphic-git';
import { ensureGitignore } from './gitignore';
import type { IndexLockOptions } from './indexLock';
import { waitForIndexLock } from './indexLock';
import { lstatOrNull } from './GitFs';
import { listWorkingFiles } from './listWorkingFiles';
import { resolveRefOrNull } from './refs';
import type { RepoContext } from './RepoContext';
import type { GitIdentity } from './targetedCommit';

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
  /** Paths staged per `add` call (each call rewrites the index once). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  lock: IndexLockOptions;
}

/** What `init` did: created the repository and its first commit, or found one already there. */
export type InitResult =
  | { status: 'created'; commit: string; files: number }
  | { status: 'exists'; head: string | null };

/**
 * Makes the vault a repository: `git init` (branch `main`), a `.gitignore`, and a first commit of
 * every file, staged in batches (never `add('.')`, which opens every file at once). A repository
 * that already has commits is left alone; one without commits gets the import.
 */
export async function initRepository(ctx: RepoContext, options: InitRepositoryOptions): Promise<InitResult> {
  const exists = (await lstatOrNull(ctx.fs, `${ctx.gitdir}/HEAD`)) !== null;
  if (exists) {
    const head = await resolveRefOrNull(ctx, 'HEAD');
    if (head !== null) return { status: 'exists', head };
  } else {
    await git.init({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, defaultBranch: 'main' });
  }
  await waitForIndexLock(ctx.fs, ctx.gitdir, options.lock, 'GitRepo.init');
  await ensureGitignore(ctx.fs, ctx.dir, options.configDir);
  const files = (await listWorkingFiles(ctx)).map((f) => f.path);
  const batch = Math.max(1, options.batchSize ?? 1000);
  for (let start = 0; start < files.length; start += batch) {
    await git.add({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, cache: ctx.cache, filepath: files.slice(start, start + batch) });
    options.onProgress?.({ done: Math.min(start + batch, files.length), total: files.length });
  }
  // Staging skipped ignored files; count what the index really holds.
  const staged = (await git.listFiles({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, cache: ctx.cache })).length;
  const who = { ...options.author, timestamp: options.timestamp, timezoneOffset: options.timezoneOffset };
  const commit = await git.commit({
    fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, cache: ctx.cache,
    message: options.message ?? `vault: initial import of ${staged} files\n`,
    author: who, committer: who,
  });
  return { status: 'created', commit, files: staged };
}
