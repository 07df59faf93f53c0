import * as git from 'isomorphic-git';
import type { TreeEntry } from 'isomorphic-git';
import { readBytesOrNull } from './GitFs';
import type { RepoContext } from './RepoContext';
import { encodeTreeBody, nameEnd } from './treeBody';
import { hex } from './indexFile';

/**
 * Reads trees, commits and blobs for the commit path: loose objects straight from `.git/objects` through
 * the codec's `inflate` when the host has one, anything else (packed objects, no codec) through
 * isomorphic-git. Trees are remembered by oid in the repository's shared cache (`ctx.cache`, which
 * GitRepo empties after a failure), since an oid always names the same tree; the commit path also
 * puts the trees it writes there, so the next commit reads none of the folders it rewrote.
 */

const TREE_BODIES = Symbol('vault-stack tree bodies');
/** Bytes of tree bodies kept per repository (oldest trees dropped first): enough for the folders of many commits. */
const MAX_BODY_BYTES = 4 << 20;

interface TreeCache {
  bodies: Map<string, Uint8Array>;
  bytes: number;
}

/** Remembers a tree's body by its oid (the caller must not change it afterwards). */
export function rememberTreeBody(ctx: RepoContext, oid: string, body: Uint8Array): void {
  const cache = ((ctx.cache as Record<symbol, TreeCache | undefined>)[TREE_BODIES] ??= {
    bodies: new Map<string, Uint8Array>(),
    bytes: 0,
  });
  if (cache.bodies.has(oid) || body.length > MAX_BODY_BYTES) return;
  for (const [old, dropped] of cache.bodies) {
    if (cache.bytes + body.length <= MAX_BODY_BYTES) break;
    cache.bodies.delete(old);
    cache.bytes -= dropped.length;
  }
  cache.bodies.set(oid, body);
  cache.bytes += body.length;
}

/** The entries of a tree (parsed from its body, kept by {@link readTreeBody}). */
export async function readTreeEntries(ctx: RepoContext, oid: string): Promise<TreeEntry[]> {
  return parseTree(await readTreeBody(ctx, oid));
}

/**
 * A tree object's body as bytes (shared: never modify it), for editing a few entries and copying
 * the rest: kept by oid, read loose through the codec, else (packed) through isomorphic-git and
 * encoded again.
 */
export async function readTreeBody(ctx: RepoContext, oid: string): Promise<Uint8Array> {
  const cached = (ctx.cache as Record<symbol, TreeCache | undefined>)[TREE_BODIES]?.bodies.get(oid);
  if (cached !== undefined) return cached;
  const loose = await readLoose(ctx, oid);
  const body =
    loose?.type === 'tree'
      ? loose.body
      : encodeTreeBody(
          (await git.readTree({ fs: ctx.fs, dir: ctx.dir, gitdir: ctx.gitdir, oid, cache: ctx.cache })).tree,
        );
  rememberTreeBody(ctx, oid, body);
  return body;
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

const decoder = new TextDecoder();

/** The entry of a tree body at `at`, whose name is `body[from, to)` ({@link nameEnd}), as isomorphic-git reads it (`040000` for folders, type from the mode). */
export function parseEntry(body: Uint8Array, at: number, from: number, to: number): TreeEntry {
  let mode = decodeAscii(body, at, from - 1);
  if (mode.length === 5) mode = `0${mode}`;
  const path = decoder.decode(body.subarray(from, to));
  const type = mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob';
  return { mode, path, oid: hex(body, to + 1, 20), type };
}

/** Parses a tree object's body. */
export function parseTree(body: Uint8Array): TreeEntry[] {
  const out: TreeEntry[] = [];
  for (let at = 0; at < body.length;) {
    const to = nameEnd(body, at);
    out.push(parseEntry(body, at, body.indexOf(0x20, at) + 1, to));
    at = to + 21;
  }
  return out;
}
