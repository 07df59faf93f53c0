import Sha1 from '../../build/sha1-shim.cjs';
/**
 * Fast primitives for writing git objects, when the host has them (node's `crypto.createHash`
 * and `zlib.deflateSync` on desktop and in the CLI). Without one, objects go through
 * `crypto.subtle` and `CompressionStream` (5–10× slower per object; `fallbackCodec`).
 */
export interface GitObjectCodec {
  /** SHA-1 of the bytes, as 40 hex digits. */
  sha1(data: Uint8Array): string | Promise<string>;
  /** SHA-1 of the parts one after another (a large file written in parts is hashed without joining them). */
  sha1Parts?(parts: readonly Uint8Array[]): string | Promise<string>;
  /** zlib (RFC 1950) deflate of the bytes. */
  deflate(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
  /** zlib inflate, when the host has a fast one: loose objects (the scan's HEAD commit, the commit path's trees) are then read without isomorphic-git, which re-hashes them through WebCrypto. */
  inflate?(data: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

/**
 * SHA-1 through the codec when there is one, else WebCrypto, else in plain JavaScript (the same
 * code main.js bundles for isomorphic-git's packfiles, so it adds nothing to the plugin).
 */
export async function sha1Hex(codec: GitObjectCodec | undefined, data: Uint8Array): Promise<string> {
  if (codec) return codec.sha1(data);
  const subtle = typeof crypto === 'undefined' ? undefined : crypto.subtle;
  if (!subtle) return new Sha1().update(data).digest('hex');
  const digest = new Uint8Array(await subtle.digest('SHA-1', data as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
