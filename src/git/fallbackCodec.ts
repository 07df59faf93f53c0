import { deflate } from '../../build/pako-shim.cjs';
import Sha1 from '../../build/sha1-shim.cjs';
import type { GitObjectCodec } from './GitObjectCodec';
import { webCodec } from './webCodec';

/**
 * The codec for a host that gives none: the platform's WebCrypto and `CompressionStream` where it
 * has them ({@link webCodec}), else SHA-1 and zlib in plain JavaScript — the code main.js already
 * bundles for isomorphic-git, whose deflate writes stored blocks (valid zlib any git reads, not
 * compressed), as isomorphic-git itself did in main.js without `CompressionStream`.
 */
export function fallbackCodec(): GitObjectCodec {
  return webCodec() ?? { sha1: (data) => new Sha1().update(data).digest('hex'), deflate: (data) => deflate(data) };
}
