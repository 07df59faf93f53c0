import type { GitFsStats } from './GitFs';
import { unlinkIfExists } from './GitFs';
import type { GitObjectCodec } from './GitObjectCodec';
import { sha1Hex } from './GitObjectCodec';
import type { RepoContext } from './RepoContext';
import { compareBytes, encodeIndexEntry } from './indexEntryBytes';

/** One entry of a new `.git/index`: a path, its blob and the stats the file had when it was read. */
export interface FreshIndexEntry {
  path: string;
  oid: string;
  /** `100644`, `100755` or `120000`. */
  mode: string;
  stats: GitFsStats;
}

const encoder = new TextEncoder();

/**
 * Encodes a whole `.git/index` (version 2) in one pass: entries sorted by path bytes as git
 * sorts them, then the `TREE` extension when given, then the SHA-1 trailer. `null` when there
 * is no SHA-1 at all (no codec and no WebCrypto).
 */
export async function encodeFreshIndex(
  entries: readonly FreshIndexEntry[],
  cacheTree: Uint8Array | null,
  codec?: GitObjectCodec,
): Promise<Uint8Array | null> {
  const sorted = entries.map((e) => ({ key: encoder.encode(e.path), e })).sort((a, b) => compareBytes(a.key, b.key));
  const parts = sorted.map(({ key, e }) => encodeIndexEntry(key, e));
  if (cacheTree !== null) {
    const header = new Uint8Array(8);
    header.set(encoder.encode('TREE'));
    new DataView(header.buffer).setUint32(4, cacheTree.length);
    parts.push(header, cacheTree);
  }
  const size = 12 + parts.reduce((n, p) => n + p.length, 0);
  const body = new Uint8Array(size + 20);
  body.set(encoder.encode('DIRC'));
  const view = new DataView(body.buffer);
  view.setUint32(4, 2);
  view.setUint32(8, sorted.length);
  let at = 12;
  for (const part of parts) {
    body.set(part, at);
    at += part.length;
  }
  const checksum = await sha1Hex(codec, body.subarray(0, size));
  if (checksum === null) return null;
  for (let k = 0; k < 20; k++) body[size + k] = parseInt(checksum.slice(k * 2, k * 2 + 2), 16);
  return body;
}

/** Writes `.git/index` whole, through `index.lock` renamed over it (as git does) when the fs can rename. */
export async function writeIndexFile(ctx: RepoContext, bytes: Uint8Array): Promise<void> {
  const path = `${ctx.gitdir}/index`;
  const fsp = ctx.fs.promises;
  if (!fsp.rename) {
    await fsp.writeFile(path, bytes);
    return;
  }
  const lock = `${path}.lock`;
  try {
    await fsp.writeFile(lock, bytes);
    await fsp.rename(lock, path);
  } catch (err) {
    await unlinkIfExists(ctx.fs, lock).catch(() => undefined);
    throw err;
  }
}
