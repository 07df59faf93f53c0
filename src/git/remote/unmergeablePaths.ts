import * as git from 'isomorphic-git';
import { Errors } from 'isomorphic-git';
import type { ObjectStore } from './treeChanges';

/** The three commits of a merge. */
export interface MergeCommits {
  base: string;
  ours: string;
  theirs: string;
}

/**
 * Of the paths both sides changed, those that are not UTF-8 text (images, PDFs, other encodings).
 * isomorphic-git line-merges every blob as UTF-8, which would silently corrupt them; like native
 * git with binary files, they must conflict instead.
 */
export async function unmergeablePaths(
  store: ObjectStore,
  commits: MergeCommits,
  paths: readonly string[],
): Promise<string[]> {
  const out: string[] = [];
  for (const filepath of paths) {
    const [base, ours, theirs] = await Promise.all(
      [commits.base, commits.ours, commits.theirs].map((oid) => readBlobOrNull(store, oid, filepath)),
    );
    if (ours?.oid === theirs?.oid) continue;
    if ([base, ours, theirs].some((b) => b !== null && !isUtf8Text(b.blob))) out.push(filepath);
  }
  return out;
}

/** Whether bytes are UTF-8 text without NUL bytes, which git's binary check also rejects. */
export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function readBlobOrNull(
  store: ObjectStore,
  oid: string,
  filepath: string,
): Promise<{ oid: string; blob: Uint8Array } | null> {
  try {
    return await git.readBlob({ ...store, oid, filepath });
  } catch (err) {
    if (err instanceof Errors.NotFoundError || err instanceof Errors.ObjectTypeError) return null;
    throw err;
  }
}
