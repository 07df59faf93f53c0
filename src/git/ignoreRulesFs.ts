import type { GitFs } from './GitFs';

// isomorphic-git probes the client with `readFile()` (no path) and expects a promise back.
const isRulesFile = (path: unknown): boolean =>
  typeof path === 'string' && (path.endsWith('/.gitignore') || path === '.gitignore' || path.endsWith('/info/exclude'));

/** An fs view for ignore rules, told by directory listings which folders have no `.gitignore`. */
export interface IgnoreRulesFs extends GitFs {
  /** Records that `path` (a `.gitignore` in a folder just listed) does not exist, so it is never opened. */
  knownMissing(path: string): void;
}

/** True for a view made by {@link ignoreRulesFs}. */
export function isIgnoreRulesFs(fs: GitFs): fs is IgnoreRulesFs {
  return typeof (fs as Partial<IgnoreRulesFs>).knownMissing === 'function';
}

/**
 * A view of `fs` that reads each `.gitignore` and `info/exclude` once (answers, missing files
 * included, are remembered), for checking many paths against unchanging rules in one operation:
 * isomorphic-git's `isIgnored` re-reads every ignore file along a path on each call.
 */
export function ignoreRulesFs(fs: GitFs): IgnoreRulesFs {
  const memo = new Map<string, Promise<unknown>>();
  const missing = new Set<string>();
  // One error for every folder a listing showed without a .gitignore: no failed open, no new error object each.
  const gone = Object.assign(new Error('ENOENT: no such file (the folder listing has none)'), { code: 'ENOENT' });
  const remembered = <T>(path: string, key: string, read: () => Promise<T>): Promise<T> => {
    if (missing.has(path)) return Promise.reject(gone);
    let hit = memo.get(key) as Promise<T> | undefined;
    if (hit === undefined) memo.set(key, (hit = read()));
    return hit;
  };
  const p = fs.promises;
  return {
    knownMissing: (path) => void missing.add(path),
    promises: {
      ...p,
      readFile: (path, options) =>
        isRulesFile(path)
          ? remembered(path, `read ${JSON.stringify(options ?? null)} ${path}`, () => p.readFile(path, options))
          : p.readFile(path, options),
      stat: (path) => (isRulesFile(path) ? remembered(path, `stat ${path}`, () => p.stat(path)) : p.stat(path)),
      lstat: (path) => (isRulesFile(path) ? remembered(path, `lstat ${path}`, () => p.lstat(path)) : p.lstat(path)),
    },
  };
}
