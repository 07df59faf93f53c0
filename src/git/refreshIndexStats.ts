import type { GitFsStats } from './GitFs';
import { lstatOrNull, readBytesOrNull } from './GitFs';
import { sha1Hex } from './GitObjectCodec';
import { replaceFile } from './indexUpdate';
import type { RepoContext } from './RepoContext';

/** An index entry to refresh: where it starts in the index bytes, and its file's stats now. */
export interface StatRefresh {
  at: number;
  stats: GitFsStats;
}

const u32 = (n: number | undefined) => Math.floor(n ?? 0) >>> 0;

/**
 * Rewrites the cached stat data of index entries whose files were hashed and found unchanged, as
 * `git status` refreshes the index, so the next scan (ours or git's) need not hash them again.
 * Only while native git holds no `index.lock` and the index is still the one that was read
 * (`bytes`); otherwise it leaves everything alone, as git does. The new index replaces the old
 * through a temporary file, as the commit's does, so a kill leaves no lock behind. An entry whose
 * file is not older than the new index is racily clean against it, so git and the next scan hash
 * that file again (an edit in the same clock tick is still found). Returns how many were refreshed.
 */
export async function refreshIndexStats(
  ctx: RepoContext,
  bytes: Uint8Array,
  refreshes: readonly StatRefresh[],
): Promise<number> {
  if (refreshes.length === 0 || !ctx.fs.promises.rename || bytes.length < 32) return 0;
  const path = `${ctx.gitdir}/index`;
  if ((await lstatOrNull(ctx.fs, `${path}.lock`)) !== null) return 0; // Native git is writing the index.
  const current = await readBytesOrNull(ctx.fs, path);
  if (current === null || !sameChecksum(current, bytes)) return 0;
  const out = bytes.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (const { at, stats: s } of refreshes) {
    const mtime = s.mtimeMs ?? 0;
    const ctime = s.ctimeMs ?? mtime;
    view.setUint32(at, u32(ctime / 1000));
    view.setUint32(at + 4, u32((ctime % 1000) * 1e6));
    view.setUint32(at + 8, u32(mtime / 1000));
    view.setUint32(at + 12, u32((mtime % 1000) * 1e6));
    view.setUint32(at + 16, u32(s.dev));
    view.setUint32(at + 20, u32(s.ino));
    view.setUint32(at + 28, u32(s.uid));
    view.setUint32(at + 32, u32(s.gid));
    view.setUint32(at + 36, u32(s.size));
  }
  const body = out.length - 20;
  const checksum = await sha1Hex(ctx.codec, out.subarray(0, body));
  if (checksum === null) return 0;
  for (let k = 0; k < 20; k++) out[body + k] = parseInt(checksum.slice(k * 2, k * 2 + 2), 16);
  await replaceFile(ctx, path, out);
  return refreshes.length;
}

/** Same length and trailing SHA-1: the same index (the checksum covers every other byte). */
function sameChecksum(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = a.length - 20; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
