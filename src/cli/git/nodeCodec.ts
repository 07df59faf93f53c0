import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import type { GitObjectCodec } from '../../git/GitObjectCodec';

/** Node's SHA-1 and zlib for writing git objects (5–10× faster than WebCrypto and CompressionStream). */
export const nodeCodec: GitObjectCodec = {
  sha1: (data) => createHash('sha1').update(data).digest('hex'),
  deflate: (data) => deflateSync(data),
  inflate: (data) => inflateSync(data),
};
