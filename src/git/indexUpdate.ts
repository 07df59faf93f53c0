import type { FolderTrees } from './cacheTree';
import { invalidateCacheTree } from './cacheTree';
import type { GitObjectCodec } from './GitObjectCodec';
import { sha1Hex } from './GitObjectCodec';
import type { GitFsStats } from './GitFs';
import { identityOf, lstatOrNull, readBytesOrNull, sameFile, unlinkIfExists, type FileIdentity } from './GitFs';
import { concatBytes, hexToBytes } from './bytes';
import type { RepoContext } from './RepoContext';
import { compareBytes, encodeIndexEntry } from './indexEntryBytes';
import type { GitIndexSnapshot } from './indexFile';
import { assertReadableExtensions, readIndexExtensions } from './indexFile';

/** What `.git/index` should record for a path after a commit; `null` removes the path. */
export interface IndexTarget {
  oid: string;
  /** `100644`, `100755` or `120000`. */
  mode: string;
  stats: GitFsStats;
}

const encoder = new TextEncoder();

/** Drops the copy of the index kept from the last commit (before any operation that may write the index another way). */
export function forgetIndexCopy(ctx: RepoContext): void {
  const layout = (ctx.cache as Record<symbol, IndexLayout | undefined>)[LAYOUT];
  if (layout !== undefined) layout.written = undefined;
}

/** Where each entry of an index file starts, remembered for the file's exact bytes (named by its trailing checksum). */
interface IndexLayout {
  trailer: Uint8Array;
  length: number;
  version: number;
  /** Entry start offsets, then where the extensions start. */
  starts: Int32Array;
  /** The file as this repository last wrote it, in parts (joined when read back), and what identifies that file on disk. */
  written?: { parts: readonly Uint8Array[]; file: FileIdentity };
}

/**
 * `.git/index` as bytes (`null`: none). When this repository's last operation was a commit that
 * wrote it and the file is still that file (same device, inode, size and modification time: git
 * replaces the index by renaming a new file over it, which changes the inode), the copy kept from
 * that write is answered with one `lstat` instead of reading the whole file again. Not seen: a
 * writer that rewrites the file in place, at the same size, within the same file-time tick as
 * our write (git never writes in place; isomorphic-git does, hence {@link forgetIndexCopy}).
 */
export async function readIndexBytes(ctx: RepoContext): Promise<Uint8Array | null> {
  const path = `${ctx.gitdir}/index`;
  const written = (ctx.cache as Record<symbol, IndexLayout | undefined>)[LAYOUT]?.written;
  if (written !== undefined) {
    if (sameFile(identityOf(await lstatOrNull(ctx.fs, path)), written.file))
      return written.parts.length === 1 ? written.parts[0] : concatBytes(written.parts);
  }
  return readBytesOrNull(ctx.fs, path);
}

const LAYOUT = Symbol('vault-stack index layout');

/**
 * Remembers `.git/index` as a scan read it: its bytes, where its entries start (the parse's row
 * offsets) and the file's identity, when the file was the same one before and after the read. The
 * commit that follows then gets the bytes from {@link readIndexBytes} with one `lstat` and patches
 * them without finding the entries again (at 50,000 notes, a 5 MB read and a pass over the
 * entries). Only a v2/v3 index without conflict stages, whose rows are all its entries.
 */
export function rememberIndexRead(
  ctx: RepoContext,
  bytes: Uint8Array,
  snapshot: GitIndexSnapshot,
  before: GitFsStats | null,
  after: GitFsStats | null,
): void {
  const file = identityOf(after);
  const was = identityOf(before);
  const { entries } = snapshot;
  if (!file || !sameFile(file, was) || file.size !== bytes.length || bytes.length < 32) return;
  if (snapshot.version === 4 || snapshot.conflicts.length > 0) return;
  const starts = new Int32Array(entries.rowCount + 1);
  starts.set(entries.offsets.subarray(0, entries.rowCount));
  starts[entries.rowCount] = snapshot.extensionsAt;
  (ctx.cache as Record<symbol, IndexLayout | undefined>)[LAYOUT] = {
    trailer: bytes.slice(bytes.length - 20),
    length: bytes.length,
    version: snapshot.version,
    starts,
    written: { parts: [bytes], file },
  };
}

function rememberedLayout(ctx: RepoContext, bytes: Uint8Array): IndexLayout | null {
  const layout = (ctx.cache as Record<symbol, IndexLayout | undefined>)[LAYOUT];
  if (layout === undefined || layout.length !== bytes.length) return null;
  const trailer = bytes.subarray(bytes.length - 20);
  // An all-zero trailer (index.skipHash) names no content: never trusted.
  if (trailer.every((b) => b === 0)) return null;
  for (let i = 0; i < 20; i++) if (trailer[i] !== layout.trailer[i]) return null;
  return layout;
}

/**
 * Rewrites `.git/index` with these paths updated, copying every other entry byte for byte, in runs
 * between the changed paths — no parse of the whole index into objects, no re-hash of unchanged
 * files. Where the entries start is found once per index file and remembered (keyed by the file's
 * checksum, so an index another git process rewrote is scanned afresh). The cache-tree is kept
 * with the folders along the changed paths invalidated, or updated to their new trees where
 * `folders` (the commit's tree edit) shows the index held their old trees; other extensions (untracked cache,
 * fsmonitor) are dropped, which git accepts and rebuilds. `bytes` is the index as read (`null`:
 * none). Returns false, writing nothing, for an index this cannot patch (missing or unparsable);
 * the caller then falls back to isomorphic-git's `add`/`remove`. A split or sparse index throws
 * `INDEX_UNSUPPORTED`.
 */
export async function patchIndex(
  ctx: RepoContext,
  changes: ReadonlyMap<string, IndexTarget | null>,
  codec: GitObjectCodec | undefined,
  bytes: Uint8Array | null,
  folders?: ReadonlyMap<string, FolderTrees>,
): Promise<boolean> {
  if (bytes === null || bytes.length < 32) return false;
  let layout = rememberedLayout(ctx, bytes);
  let source = bytes;
  if (layout === null) {
    const scanned = scanEntries(bytes);
    if (scanned === null) return false;
    ({ layout, source } = scanned);
  }
  const { starts, version } = layout;
  const count = starts.length - 1;
  const extensions = readExtensions(source, starts[count]);

  const sorted = [...changes]
    .map(([path, target]) => ({ key: encoder.encode(path), target }))
    .sort((a, b) => compareBytes(a.key, b.key));
  // Runs of old entries [from, to) to copy, each followed by a new entry (or none).
  const runs: { from: number; to: number; entry: Uint8Array | null }[] = [];
  // How many entries each change adds to the index: 1 for a new one, minus the old ones it replaces.
  const added: number[] = [];
  let next = 0;
  for (const change of sorted) {
    const at = lowerBound(source, starts, next, change.key);
    let after = at;
    while (after < count && comparePath(source, starts, after, change.key) === 0) after++; // the old entry and any conflict stages
    runs.push({
      from: next,
      to: at,
      entry: change.target === null ? null : encodeIndexEntry(change.key, change.target),
    });
    added.push((change.target === null ? 0 : 1) - (after - at));
    next = after;
  }
  runs.push({ from: next, to: count, entry: null });

  const entryCount = added.reduce((n, a) => n + a, count);
  // Entries the commit adds under a folder, net (a valid cache-tree node's count is exact before).
  const addedUnder = (folder: string): number => {
    const prefix = encoder.encode(folder === '' ? '' : `${folder}/`);
    let n = 0;
    sorted.forEach((change, i) => {
      if (compareBytes(change.key.subarray(0, prefix.length), prefix) === 0) n += added[i];
    });
    return n;
  };
  const tree = cacheTreeExtension(extensions.get('TREE') ?? null, [...changes.keys()], folders, addedUnder);
  // The new file is written and hashed in parts (the runs of old entries are views of the old
  // bytes): at 50,000 notes, copying the 5 MB into a new buffer was 3-5 ms of page faults.
  const header = new Uint8Array(12);
  header.set(source.subarray(0, 4));
  const view = new DataView(header.buffer);
  view.setUint32(4, version);
  view.setUint32(8, entryCount);
  const parts: Uint8Array[] = [header];
  for (const run of runs) {
    if (run.to > run.from) parts.push(source.subarray(starts[run.from], starts[run.to]));
    if (run.entry) parts.push(run.entry);
  }
  if (tree.length > 0) parts.push(tree);
  const trailer = hexToBytes(await (codec?.sha1Parts ? codec.sha1Parts(parts) : sha1Hex(codec, concatBytes(parts))));
  parts.push(trailer);
  const newStarts = new Int32Array(entryCount + 1);
  let at = 12;
  let n = 0;
  for (const run of runs) {
    const shift = at - starts[run.from];
    for (let i = run.from; i < run.to; i++) newStarts[n++] = starts[i] + shift;
    at += starts[run.to] - starts[run.from];
    if (run.entry) {
      newStarts[n++] = at;
      at += run.entry.length;
    }
  }
  newStarts[entryCount] = at;
  const holder = ctx.cache as Record<symbol, IndexLayout | undefined>;
  holder[LAYOUT] = undefined; // until the new file is in place
  const file = await replaceFile(ctx, `${ctx.gitdir}/index`, parts);
  holder[LAYOUT] = {
    trailer,
    length: at + tree.length + 20,
    version,
    starts: newStarts,
    written: file === null ? undefined : { parts, file },
  };
  return true;
}

/** Where entry `i`'s path starts (v2/v3 layout). */
function pathFrom(bytes: Uint8Array, starts: Int32Array, i: number): number {
  const offset = starts[i];
  return offset + 62 + ((bytes[offset + 60] & 0x40) !== 0 ? 2 : 0); // the extended flag adds 2 bytes
}

/** Where entry `i`'s path ends, given where it starts (two numbers, not a pair: scanning 50,000 entries made 50,000 pairs). */
function pathTo(bytes: Uint8Array, starts: Int32Array, i: number, from: number): number {
  const offset = starts[i];
  const length = ((bytes[offset + 60] << 8) | bytes[offset + 61]) & 0xfff;
  return length < 0xfff ? from + length : bytes.indexOf(0, from);
}

/** Entry `i`'s path compared with `key`, byte-wise as git sorts. */
function comparePath(bytes: Uint8Array, starts: Int32Array, i: number, key: Uint8Array): number {
  const from = pathFrom(bytes, starts, i);
  const to = pathTo(bytes, starts, i, from);
  const n = Math.min(to - from, key.length);
  for (let k = 0; k < n; k++) {
    const d = bytes[from + k] - key[k];
    if (d !== 0) return d;
  }
  return to - from - key.length;
}

/** The first entry at or after `from` whose path is not below `key`. */
function lowerBound(bytes: Uint8Array, starts: Int32Array, from: number, key: Uint8Array): number {
  let lo = from;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (comparePath(bytes, starts, mid, key) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds entry boundaries without decoding paths. v2/v3 entries are used where they are; v4
 * entries (prefix-compressed paths) are expanded to the v3 layout in a new buffer (`source`), so
 * the result is written as version 2 or 3 — git reads either and rewrites v4 itself when
 * configured to.
 */
function scanEntries(bytes: Uint8Array): { layout: IndexLayout; source: Uint8Array } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4);
  if (view.getUint32(0) !== 0x44495243 || version < 2 || version > 4) return null;
  const count = view.getUint32(8);
  const starts = new Int32Array(count + 1);
  const layout = (v: number, source: Uint8Array, end: number): { layout: IndexLayout; source: Uint8Array } => {
    starts[count] = end;
    return {
      layout: { trailer: source.slice(source.length - 20), length: source.length, version: v, starts },
      source,
    };
  };
  let offset = 12;
  if (version !== 4) {
    for (let n = 0; n < count; n++) {
      if (offset + 62 > bytes.length - 20) return null;
      starts[n] = offset;
      const pathEnd = pathTo(bytes, starts, n, pathFrom(bytes, starts, n));
      if (pathEnd < 0 || pathEnd > bytes.length - 20) return null;
      offset += (pathEnd - offset + 8) & ~7;
    }
    return layout(version, bytes, offset);
  }
  const parts: Uint8Array[] = [bytes.subarray(0, 12)];
  let extended = false;
  let previous = new Uint8Array(0);
  let at12 = 12;
  for (let n = 0; n < count; n++) {
    if (offset + 62 > bytes.length - 20) return null;
    const flags = view.getUint16(offset + 60);
    const hasExtended = (flags & 0x4000) !== 0;
    extended ||= hasExtended;
    const fieldsEnd = offset + 62 + (hasExtended ? 2 : 0);
    let at = fieldsEnd;
    let byte = bytes[at++];
    let strip = byte & 0x7f;
    while ((byte & 0x80) !== 0) {
      byte = bytes[at++];
      strip = ((strip + 1) << 7) | (byte & 0x7f);
    }
    const end = bytes.indexOf(0, at);
    if (end < 0 || strip > previous.length) return null;
    const path = new Uint8Array(previous.length - strip + end - at);
    path.set(previous.subarray(0, previous.length - strip));
    path.set(bytes.subarray(at, end), previous.length - strip);
    const fieldsLength = fieldsEnd - offset;
    const raw = new Uint8Array((fieldsLength + path.length + 8) & ~7);
    raw.set(bytes.subarray(offset, fieldsEnd));
    raw.set(path, fieldsLength);
    starts[n] = at12;
    at12 += raw.length;
    parts.push(raw);
    previous = path;
    offset = end + 1;
  }
  // The extensions and trailer follow the expanded entries unchanged.
  parts.push(bytes.subarray(offset));
  return layout(extended ? 3 : 2, concatBytes(parts), at12);
}

/** The index extensions by signature; a split or sparse index is refused (`INDEX_UNSUPPORTED`), as isomorphic-git would read it as a near-empty one. */
function readExtensions(bytes: Uint8Array, from: number): Map<string, Uint8Array> {
  const out = readIndexExtensions(bytes, from);
  assertReadableExtensions(out);
  return out;
}

/** The TREE extension with the changed paths invalidated (or updated: {@link invalidateCacheTree}), framed for the index; empty when there is none. */
function cacheTreeExtension(
  cacheTree: Uint8Array | null,
  paths: readonly string[],
  folders: ReadonlyMap<string, FolderTrees> | undefined,
  addedUnder: (folder: string) => number,
): Uint8Array {
  const body = cacheTree === null ? null : invalidateCacheTree(cacheTree, paths, folders, addedUnder);
  if (body === null) return new Uint8Array(0);
  const out = new Uint8Array(8 + body.length);
  out.set(encoder.encode('TREE'));
  new DataView(out.buffer).setUint32(4, body.length);
  out.set(body, 8);
  return out;
}

/**
 * Replaces a file whole: a temporary file renamed over it when the fs can rename, else a plain
 * write. Answers the new file's identity (its inode, taken before the rename, so it is ours) when
 * the fs gives one.
 */
export async function replaceFile(
  ctx: RepoContext,
  path: string,
  data: Uint8Array | readonly Uint8Array[],
): Promise<FileIdentity | null> {
  const fsp = ctx.fs.promises;
  // Parts are written one after another: in one call where the fs can (node's writev), else joined.
  const write = (target: string) =>
    data instanceof Uint8Array
      ? fsp.writeFile(target, data)
      : fsp.writeFileParts
        ? fsp.writeFileParts(target, data)
        : fsp.writeFile(target, concatBytes(data));
  if (!fsp.rename) {
    await write(path);
    return null;
  }
  const temp = `${path}.vault-stack.tmp`;
  try {
    await write(temp);
    const file = identityOf(await lstatOrNull(ctx.fs, temp));
    await fsp.rename(temp, path);
    return file;
  } catch (err) {
    await unlinkIfExists(ctx.fs, temp).catch(() => undefined);
    throw err;
  }
}
