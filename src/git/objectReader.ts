import * as git from 'isomorphic-git';
import type { TreeEntry } from 'isomorphic-git';
import { readBytesOrNull } from './GitFs';
import type { RepoContext } from './RepoContext';

/**
 * Reads trees, commits and blobs for the commit path: loose objects straight from `.git/objects` through
 * the codec's `inflate` when the host has one, anything else (packed objects, no codec) through
 * isomorphic-git. Trees are remembered by oid in the repository's shared cache (`ctx.cache`, which
 * GitRepo empties after a failure), since an oid always names the same tree; the commit path also
 * puts the trees it writes there, so the next commit reads none of the folders it rewrote.
 */

const TREES = Symbol('vault-stack parsed trees');
/** Tree entries kept per repository (oldest trees dropped first): a few MB, enough for the folders of many commits. */
const MAX_ENTRIES = 65536;

interface TreeCache {
  trees: Map<string, readonly TreeEntry[]>;
  entries: number;
}

function treeCache(ctx: RepoContext): TreeCache {
  const holder = ctx.cache as Record<symbol, TreeCache | undefined>;
  return (holder[TREES] ??= { trees: new Map(), entries: 0 });
}

/** Remembers a tree's entries by its oid (as written: the caller must not change them afterwards). */
export function rememberTree(ctx: RepoContext, oid: string, entries: readonly TreeEntry[]): void {
  const cache = treeCache(ctx);
  if (cache.trees.has(oid) || entries.length > MAX_ENTRIES) return;
  for (const [old, dropped] of cache.trees) {
    if (cache.entries + entries.length <= MAX_ENTRIES) break;
    cache.trees.delete(old);
    cache.entries -= dropped.length;
  }
  cache.trees.set(oid, entries);
  cache.entries += entries.length;
}

/** The entries of a tree (shared: never modify them). */
export async function readTreeEntries(ctx: RepoContext, oid: string): Promise<readonly TreeEntry[]> {
  const cached = treeCache(ctx).trees.get(oid);
  if (cached !== undefined) return cached;
  const loose = await readLoose(ctx, oid);
  let entries: readonly TreeEntry[];
  if (loose !== null && loose.type === 'tree') entries = parseTree(loose.body);
  else {
    entries = (await git.readTree({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid, cache: ctx.cache })).tree;
  }
  rememberTree(ctx, oid, entries);
  return entries;
}

/** A blob's bytes. */
export async function readBlobBytes(ctx: RepoContext, oid: string): Promise<Uint8Array> {
  const loose = await readLoose(ctx, oid);
  if (loose !== null && loose.type === 'blob') return loose.body;
  return (await git.readBlob({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid, cache: ctx.cache })).blob;
}

const COMMIT_TREES = Symbol('vault-stack commit trees');

function commitTrees(ctx: RepoContext): Map<string, string> {
  const holder = ctx.cache as Record<symbol, Map<string, string> | undefined>;
  return (holder[COMMIT_TREES] ??= new Map<string, string>());
}

/** Remembers a commit's tree (the commit path's own commits: the next commit starts from them). */
export function rememberCommitTree(ctx: RepoContext, commit: string, tree: string): void {
  const trees = commitTrees(ctx);
  if (trees.size >= 64) trees.delete(trees.keys().next().value as string);
  trees.set(commit, tree);
}

/** The tree oid of a commit. */
export async function readCommitTree(ctx: RepoContext, oid: string): Promise<string> {
  const known = commitTrees(ctx).get(oid);
  if (known !== undefined) return known;
  const tree = await readCommitTreeUncached(ctx, oid);
  rememberCommitTree(ctx, oid, tree);
  return tree;
}

async function readCommitTreeUncached(ctx: RepoContext, oid: string): Promise<string> {
  const loose = await readLoose(ctx, oid);
  if (loose !== null && loose.type === 'commit') {
    const match = /^tree ([0-9a-f]{40})\n/.exec(decodeAscii(loose.body, 0, Math.min(loose.body.length, 46)));
    if (match) return match[1];
  }
  return (await git.readCommit({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid, cache: ctx.cache })).commit.tree;
}

/** A loose object's type and body, or `null` when it is not loose here or the host has no inflate. */
async function readLoose(ctx: RepoContext, oid: string): Promise<{ type: string; body: Uint8Array } | null> {
  const codec = ctx.codec;
  if (codec?.inflate === undefined || !/^[0-9a-f]{40}$/.test(oid)) return null;
  const deflated = await readBytesOrNull(ctx.fs, `${ctx.gitdir}/objects/${oid.slice(0, 2)}/${oid.slice(2)}`);
  if (deflated === null) return null;
  let raw: Uint8Array;
  try {
    raw = await codec.inflate(deflated);
  } catch {
    return null; // unreadable here: isomorphic-git reports it in its words
  }
  const space = raw.indexOf(0x20);
  const nul = raw.indexOf(0, space);
  if (space < 0 || nul < 0) return null;
  const type = decodeAscii(raw, 0, space);
  const size = Number(decodeAscii(raw, space + 1, nul));
  if (raw.length - nul - 1 !== size) return null;
  return { type, body: raw.subarray(nul + 1) };
}

function decodeAscii(bytes: Uint8Array, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const decoder = new TextDecoder();

/** Parses a tree object's body as isomorphic-git does (`040000` for folders, type from the mode). */
export function parseTree(body: Uint8Array): TreeEntry[] {
  const out: TreeEntry[] = [];
  let at = 0;
  while (at < body.length) {
    const space = body.indexOf(0x20, at);
    const nul = body.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > body.length) throw new Error('malformed tree object');
    let mode = decodeAscii(body, at, space);
    if (mode.length === 5) mode = `0${mode}`;
    let ascii = true;
    for (let i = space + 1; i < nul; i++) if (body[i] > 0x7f) ascii = false;
    const path = ascii ? decodeAscii(body, space + 1, nul) : decoder.decode(body.subarray(space + 1, nul));
    let oid = '';
    for (let i = nul + 1; i < nul + 21; i++) oid += HEX[body[i]];
    const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
    out.push({ mode, path, oid, type });
    at = nul + 21;
  }
  return out;
}
