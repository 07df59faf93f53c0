import * as nodeFs from 'node:fs';
import type { WorkingTreeLister } from '../../git/listWorkingFiles';
import type { BulkListingFs, TypedEntry } from './bulkWalk';
import { walkInBulk } from './bulkWalk';
import type { RepoContext } from '../../git/RepoContext';
import type { SkippedEntry } from '../../git/worktreeEntry';
import { openFolderCache } from './folderCache';
import { indexReadAhead, takeIndexRead } from './indexReadAhead';
import { lstatColumns, prestartLstatHelper } from './lstatColumns';

type Sync<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;

/**
 * Node's fs with the promise interface the git layer and isomorphic-git use answered by node's
 * synchronous calls. The CLI is one process waiting on one scan, so a libuv round trip per file
 * buys nothing: at 10,000 notes the start-up scan's lstats took 126 ms through `fs.promises` and
 * 14 ms through `lstatSync`. All calls, writes included, run on the main thread in program order
 * (the kill-recovery test counts them per thread). Errors keep their `code` (`ENOENT`), as
 * {@link GitFs} requires. The working-tree walk lists folders with their entry types and lstats
 * its files in bulk ({@link BulkListingFs}), shared with a helper thread when there are many, and
 * keeps folder listings between runs under `.git` ({@link openFolderCache}).
 */
export const syncFs: typeof nodeFs &
  Pick<BulkListingFs, 'readdirTyped' | 'lstatColumns' | 'folderListings' | 'readAhead'> &
  Pick<WorkingTreeLister, 'listWorkingFiles'> & { takeIndexRead: typeof takeIndexRead } = withNodeFs({
  // The walk runs over the fs it is handed (a test's view of this one, with calls replaced).
  listWorkingFiles: (ctx: RepoContext, skipped: SkippedEntry[]) => walkInBulk(ctx, ctx.fs as BulkListingFs, skipped),
  readdirTyped: (path: string): TypedEntry[] => nodeFs.readdirSync(path, { withFileTypes: true }),
  lstatColumns,
  // The commit reads .git/index while the walk's lstats run, and its scan takes that read.
  readAhead: indexReadAhead,
  takeIndexRead,
  // A walk the cache says is large starts the lstat helper before it reads the cache's listings.
  folderListings: (root: string, gitdir: string, excludesFile?: string | null) =>
    openFolderCache(root, gitdir, { onKeys: (count) => prestartLstatHelper(count), excludesFile }),
  promises: withNodePromises({
    lstat: promised(nodeFs.lstatSync),
    stat: promised(nodeFs.statSync),
    readdir: promised(nodeFs.readdirSync),
    readFile: (path: nodeFs.PathOrFileDescriptor | undefined, options?: Parameters<typeof nodeFs.readFileSync>[1]) =>
      // isomorphic-git calls `readFile()` without a path on every command, to learn whether the fs
      // returns promises; node's argument error (a stack trace each time) cost 20 ms per scan at 50,000 notes.
      path === undefined ? Promise.reject(NO_PATH) : settle(() => nodeFs.readFileSync(path, options)),
    writeFile: promised(nodeFs.writeFileSync),
    writeFileParts: promised(writeParts),
    unlink: promised(nodeFs.unlinkSync),
    mkdir: promised(nodeFs.mkdirSync),
    rmdir: promised(nodeFs.rmdirSync),
    rm: promised(nodeFs.rmSync),
    rename: promised(nodeFs.renameSync),
    readlink: promised(nodeFs.readlinkSync),
    symlink: promised(nodeFs.symlinkSync),
    chmod: promised(nodeFs.chmodSync),
    // isomorphic-git binds `cp` when the fs has it, and never calls it here.
    cp: undefined,
  }) as unknown as typeof nodeFs.promises,
}) as typeof nodeFs &
  Pick<BulkListingFs, 'readdirTyped' | 'lstatColumns' | 'folderListings' | 'readAhead'> &
  Pick<WorkingTreeLister, 'listWorkingFiles'> & { takeIndexRead: typeof takeIndexRead };

/**
 * `own` with every other member of node's fs. Members are copied as they are defined, getters
 * staying getters: reading `fs.promises` or `fs.ReadStream` loads node's promise fs, streams and
 * readline, a few ms of every run that never uses them.
 */
function withNodeFs<T extends object>(own: T): T {
  const members = Object.getOwnPropertyDescriptors(nodeFs) as Record<string, PropertyDescriptor>;
  for (const key of Object.keys(own)) delete members[key];
  return Object.defineProperties(own, members);
}

/** `calls`, with any other promise call answered by node's own `fs.promises`, loaded on first use. */
function withNodePromises<T extends object>(calls: T): T {
  const fallback = new Proxy(
    {},
    { get: (_target, name) => (nodeFs.promises as unknown as Record<string | symbol, unknown>)[name] },
  );
  return Object.setPrototypeOf(calls, fallback) as T;
}

/** Writes `parts` one after another as the file at `path` (created or truncated), with `writev` calls until all are written. */
function writeParts(path: string, parts: readonly Uint8Array[]): void {
  const fd = nodeFs.openSync(path, 'w');
  try {
    let rest = parts.filter((part) => part.length > 0);
    while (rest.length > 0) {
      let written = nodeFs.writevSync(fd, rest.slice(0, 1024));
      const next: Uint8Array[] = [];
      for (const part of rest) {
        if (written >= part.length) written -= part.length;
        else {
          next.push(written > 0 ? part.subarray(written) : part);
          written = 0;
        }
      }
      rest = next;
    }
  } finally {
    nodeFs.closeSync(fd);
  }
}

const NO_PATH = Object.assign(new TypeError('readFile needs a path'), { code: 'ERR_INVALID_ARG_TYPE' });

function promised<F extends (...args: never[]) => unknown>(call: F): Sync<F> {
  return ((...args: Parameters<F>) => settle(() => call(...args))) as Sync<F>;
}

/** The call's result as a settled promise: an async function turns a throw into a rejection. */
async function settle<T>(call: () => T): Promise<T> {
  return call();
}
