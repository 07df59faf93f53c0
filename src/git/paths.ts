import { GitLayerError } from './errors';

/**
 * Normalises a vault-relative path to git's form (`/` separators, no leading `./` or `/`) and
 * rejects paths git cannot hold or that point into `.git`.
 */
export function toGitPath(path: string, caller: string): string {
  const normal = path
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
  const parts = normal.split('/');
  const bad = normal === '' || parts.some((p) => p === '' || p === '.' || p === '..') || parts[0] === '.git';
  if (bad) throw new GitLayerError('INVALID_PATH', `Not a path git can commit: "${path}"`, caller);
  return normal;
}

/** Sorted, de-duplicated git paths. */
export function uniqueGitPaths(paths: Iterable<string>, caller: string): string[] {
  return [...new Set([...paths].map((p) => toGitPath(p, caller)))].sort();
}
