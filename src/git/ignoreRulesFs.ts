import type { GitFs } from './GitFs';

// isomorphic-git probes the client with `readFile()` (no path) and expects a promise back.
const isRulesFile = (path: unknown): boolean =>
  typeof path === 'string' && (path.endsWith('/.gitignore') || path === '.gitignore' || path.endsWith('/info/exclude'));

/**
 * A view of `fs` that reads each `.gitignore` and `info/exclude` once (answers, missing files
 * included, are remembered), for checking many paths against unchanging rules in one operation:
 * isomorphic-git's `isIgnored` re-reads every ignore file along a path on each call.
 */
export function ignoreRulesFs(fs: GitFs): GitFs {
  const memo = new Map<string, Promise<unknown>>();
  const remembered = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let hit = memo.get(key) as Promise<T> | undefined;
    if (hit === undefined) memo.set(key, (hit = read()));
    return hit;
  };
  const p = fs.promises;
  return {
    promises: {
      ...p,
      readFile: (path, options) =>
        isRulesFile(path)
          ? remembered(`read ${JSON.stringify(options ?? null)} ${path}`, () => p.readFile(path, options))
          : p.readFile(path, options),
      stat: (path) => (isRulesFile(path) ? remembered(`stat ${path}`, () => p.stat(path)) : p.stat(path)),
      lstat: (path) => (isRulesFile(path) ? remembered(`lstat ${path}`, () => p.lstat(path)) : p.lstat(path)),
    },
  };
}
