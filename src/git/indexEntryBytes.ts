import type { GitFsStats } from './GitFs';
import { hexToBytes } from './bytes';

export { compareBytes } from './bytes';

/** What one `.git/index` entry records about a file. */
export interface IndexEntryFields {
  oid: string;
  /** `100644`, `100755` or `120000`. */
  mode: string;
  stats: GitFsStats;
}

const u32 = (n: number | undefined) => Math.floor(n ?? 0) >>> 0;

/**
 * One index entry as git writes it (v2/v3 layout, no extended flags, NUL-padded to 8 bytes),
 * with git's stat fields so git trusts it without re-hashing the file.
 */
export function encodeIndexEntry(path: Uint8Array, entry: IndexEntryFields): Uint8Array {
  const out = new Uint8Array((62 + path.length + 8) & ~7);
  const view = new DataView(out.buffer);
  const s = entry.stats;
  const mtime = s.mtimeMs ?? 0;
  const ctime = s.ctimeMs ?? mtime;
  view.setUint32(0, u32(ctime / 1000));
  view.setUint32(4, u32((ctime % 1000) * 1e6));
  view.setUint32(8, u32(mtime / 1000));
  view.setUint32(12, u32((mtime % 1000) * 1e6));
  view.setUint32(16, u32(s.dev));
  view.setUint32(20, u32(s.ino));
  view.setUint32(24, parseInt(entry.mode, 8));
  view.setUint32(28, u32(s.uid));
  view.setUint32(32, u32(s.gid));
  view.setUint32(36, u32(s.size));
  out.set(hexToBytes(entry.oid), 40);
  view.setUint16(60, Math.min(path.length, 0xfff));
  out.set(path, 62);
  return out;
}
