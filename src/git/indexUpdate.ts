import { invalidateCacheTree } from './cacheTree';
import type { GitObjectCodec } from './GitObjectCodec';
import { sha1Hex } from './GitObjectCodec';
import type { GitFsStats } from './GitFs';
import { readBytesOrNull, unlinkIfExists } from './GitFs';
import type { RepoContext } from './RepoContext';
import { compareBytes, encodeIndexEntry } from './indexEntryBytes';
import { assertReadableExtensions, readIndexExtensions } from './indexFile';

/** What `.git/index` should record for a path after a commit; `null` removes the path. */
export interface IndexTarget {
  oid: string;
  /** `100644`, `100755` or `120000`. */
  mode: string;
  stats: GitFsStats;
}

const encoder = new TextEncoder();

/**
 * Rewrites `.git/index` with these paths updated, copying every other entry byte for byte — no
 * parse of the whole index into objects, no re-hash of unchanged files. The cache-tree is kept
 * with the folders along the changed paths invalidated; other extensions (untracked cache,
 * fsmonitor) are dropped, which git accepts and rebuilds. Returns false, writing nothing,
 * for an index this cannot patch (missing or unparsable); the caller then falls back to
 * isomorphic-git's `add`/`remove`. A split or sparse index throws `INDEX_UNSUPPORTED`.
 */
export async function patchIndex(
  ctx: RepoContext,
  changes: ReadonlyMap<string, IndexTarget | null>,
  codec?: GitObjectCodec,
): Promise<boolean> {
  const indexPath = `${ctx.gitdir}/index`;
  const bytes = await readBytesOrNull(ctx.fs, indexPath);
  if (bytes === null || bytes.length < 32) return false;
  const scanned = scanEntries(bytes);
  if (scanned === null) return false;
  const { entries: old, version, cacheTree } = scanned;

  const sorted = [...changes]
    .map(([path, target]) => ({ key: encoder.encode(path), target }))
    .sort((a, b) => compareBytes(a.key, b.key));
  const parts: Uint8Array[] = [];
  let i = 0;
  for (const change of sorted) {
    while (i < old.length && compareBytes(old[i].path, change.key) < 0) parts.push(old[i++].raw);
    while (i < old.length && compareBytes(old[i].path, change.key) === 0) i++; // the old entry and any conflict stages
    if (change.target !== null) parts.push(encodeIndexEntry(change.key, change.target));
  }
  while (i < old.length) parts.push(old[i++].raw);
  const entryCount = parts.length;
  parts.push(cacheTreeExtension(cacheTree, [...changes.keys()]));

  const size = 12 + parts.reduce((n, p) => n + p.length, 0);
  const body = new Uint8Array(size + 20);
  body.set(bytes.subarray(0, 4));
  const view = new DataView(body.buffer);
  view.setUint32(4, version);
  view.setUint32(8, entryCount);
  let at = 12;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  const checksum = await sha1Hex(codec, body.subarray(0, size));
  if (checksum === null) return false;
  for (let k = 0; k < 20; k++) body[size + k] = parseInt(checksum.slice(k * 2, k * 2 + 2), 16);
  await replaceFile(ctx, indexPath, body);
  return true;
}

/** An existing entry: its path bytes and its bytes in v2/v3 layout. */
interface RawEntry {
  path: Uint8Array;
  raw: Uint8Array;
}

/**
 * Finds entry boundaries without decoding paths. v2/v3 entries are reused as they are; v4
 * entries (prefix-compressed paths) are expanded to the v3 layout, so the result is written as
 * version 2 or 3 — git reads either and rewrites v4 itself when configured to.
 */
function scanEntries(bytes: Uint8Array): { entries: RawEntry[]; version: number; cacheTree: Uint8Array | null } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4);
  if (view.getUint32(0) !== 0x44495243 || version < 2 || version > 4) return null;
  const count = view.getUint32(8);
  const entries: RawEntry[] = new Array<RawEntry>(count);
  let extended = false;
  let previous = new Uint8Array(0);
  let offset = 12;
  for (let n = 0; n < count; n++) {
    if (offset + 62 > bytes.length - 20) return null;
    const flags = view.getUint16(offset + 60);
    const hasExtended = version >= 3 && (flags & 0x4000) !== 0;
    extended ||= hasExtended;
    const fieldsEnd = offset + 62 + (hasExtended ? 2 : 0);
    if (version !== 4) {
      const nameLength = flags & 0xfff;
      const pathEnd = nameLength < 0xfff ? fieldsEnd + nameLength : bytes.indexOf(0, fieldsEnd);
      if (pathEnd < 0 || pathEnd > bytes.length - 20) return null;
      const next = offset + ((pathEnd - offset + 8) & ~7);
      entries[n] = { path: bytes.subarray(fieldsEnd, pathEnd), raw: bytes.subarray(offset, next) };
      offset = next;
      continue;
    }
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
    entries[n] = { path, raw };
    previous = path;
    offset = end + 1;
  }
  const extensions = readExtensions(bytes, offset);
  return { entries, version: version === 4 ? (extended ? 3 : 2) : version, cacheTree: extensions.get('TREE') ?? null };
}

/** The index extensions by signature; a split or sparse index is refused (`INDEX_UNSUPPORTED`), as isomorphic-git would read it as a near-empty one. */
function readExtensions(bytes: Uint8Array, from: number): Map<string, Uint8Array> {
  const out = readIndexExtensions(bytes, from);
  assertReadableExtensions(out);
  return out;
}

/** The TREE extension with the changed paths invalidated, framed for the index; empty when there is none. */
function cacheTreeExtension(cacheTree: Uint8Array | null, paths: readonly string[]): Uint8Array {
  const body = cacheTree === null ? null : invalidateCacheTree(cacheTree, paths);
  if (body === null) return new Uint8Array(0);
  const out = new Uint8Array(8 + body.length);
  out.set(encoder.encode('TREE'));
  new DataView(out.buffer).setUint32(4, body.length);
  out.set(body, 8);
  return out;
}

/** Replaces a file whole: a temporary file renamed over it when the fs can rename, else a plain write. */
export async function replaceFile(ctx: RepoContext, path: string, data: Uint8Array): Promise<void> {
  const fsp = ctx.fs.promises;
  if (!fsp.rename) {
    await fsp.writeFile(path, data);
    return;
  }
  const temp = `${path}.vault-stack.tmp`;
  try {
    await fsp.writeFile(temp, data);
    await fsp.rename(temp, path);
  } catch (err) {
    await unlinkIfExists(ctx.fs, temp).catch(() => undefined);
    throw err;
  }
}
