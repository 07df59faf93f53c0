import type * as NodeCrypto from 'node:crypto';
import { constants, deflateSync, inflateSync } from 'node:zlib';
import Sha1 from '../../../build/sha1-shim.cjs';
import type { GitObjectCodec } from '../../git/GitObjectCodec';

/** Native git's level for loose objects unless configured (`core.looseCompression`, else `core.compression`, else `Z_BEST_SPEED`). */
const LOOSE = { level: constants.Z_BEST_SPEED };

/**
 * Bytes hashed in plain JavaScript before node's crypto module is loaded. Loading it is 3-5 ms of
 * a process; a `vault-stack commit` with nothing to commit hashes only HEAD's commit (a few hundred
 * bytes: 0.4 ms in the JavaScript SHA-1 the bundle carries anyway). That SHA-1 runs cold, though:
 * 16 KiB took 6-16 ms in a fresh process, so past 1 KiB node's pays for its load.
 */
const PLAIN_SHA1_BUDGET = 1024;
let plainHashed = 0;
let nodeCrypto: typeof NodeCrypto | undefined;

function sha1(data: Uint8Array): string {
  if (nodeCrypto === undefined && plainHashed + data.length <= PLAIN_SHA1_BUDGET) {
    plainHashed += data.length;
    return new Sha1().update(data).digest('hex');
  }
  nodeCrypto ??= require('node:crypto') as typeof NodeCrypto;
  return nodeCrypto.createHash('sha1').update(data).digest('hex');
}

/**
 * Node's SHA-1 and zlib for writing git objects (5–10× faster than WebCrypto and CompressionStream).
 * Loose objects are deflated at level 1, as native git writes them: at 50,000 notes zlib's
 * default level 6 spent 3.3 s of `init`'s 13 s in deflate.
 */
export const nodeCodec: GitObjectCodec = {
  sha1,
  sha1Parts: (parts) => {
    nodeCrypto ??= require('node:crypto') as typeof NodeCrypto;
    const hash = nodeCrypto.createHash('sha1');
    for (const part of parts) hash.update(part);
    return hash.digest('hex');
  },
  deflate: (data) => deflateSync(data, LOOSE),
  inflate: (data) => inflateSync(data),
};
