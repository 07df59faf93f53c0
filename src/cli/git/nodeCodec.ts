import type * as NodeCrypto from 'node:crypto';
import { constants, deflateSync, inflateSync } from 'node:zlib';
import Sha1 from '../../../build/sha1-shim.cjs';
import type { GitObjectCodec } from '../../git/GitObjectCodec';

/** Native git's level for loose objects unless configured (`core.looseCompression`, else `core.compression`, else `Z_BEST_SPEED`). */
const LOOSE = { level: constants.Z_BEST_SPEED };

/** Bytes deflate keeps ahead of its input (zlib's MIN_LOOKAHEAD): a window of 2^bits holds an object of 2^bits - 262 bytes whole. */
const LOOKAHEAD = 262;

/**
 * An object deflated as native git does (level 1, a 32 KiB window), for less when it is small.
 * Each `deflateSync` makes a zlib stream, and part of its cost (about 80 µs cold) goes to the
 * window's memory: an object that fits a smaller window whole is deflated with the smallest that
 * holds it (no match can reach further back than the object's start, so the blocks are the same
 * bytes), and its 2-byte zlib header is then the one a 32 KiB window writes (`78 01`: a window
 * size is only the most a reader must keep). 40 objects of a 10-edit commit at 50,000 notes:
 * deflateSync's time 2.36 -> 2.21 ms median (16 alternating rounds).
 */
export function deflateLoose(data: Uint8Array): Uint8Array {
  let bits = 9;
  while (bits < 15 && (1 << bits) - LOOKAHEAD < data.length) bits++;
  if (bits === 15) return deflateSync(data, LOOSE);
  const out = deflateSync(data, { level: constants.Z_BEST_SPEED, windowBits: bits });
  out[0] = 0x78;
  out[1] = 0x01;
  return out;
}

/**
 * Bytes hashed in plain JavaScript before node's crypto module is loaded. Loading it is 3-5 ms of
 * a process; a `vault-stack commit` with nothing to commit hashes only HEAD's commit (a few hundred
 * bytes: 0.4 ms in the JavaScript SHA-1 the bundle carries anyway). That SHA-1 runs cold, though:
 * 16 KiB took 6-16 ms in a fresh process, so past 1 KiB node's pays for its load.
 */
const PLAIN_SHA1_BUDGET = 1024;
let plainHashed = 0;
let nodeCrypto: typeof NodeCrypto | undefined;

/** SHA-1 of the parts one after another (a large file written in parts is hashed without joining them). */
function sha1Parts(parts: readonly Uint8Array[]): string {
  let length = 0;
  for (const part of parts) length += part.length;
  let hash: { update(data: Uint8Array): unknown; digest(encoding: 'hex'): string };
  if (nodeCrypto === undefined && plainHashed + length <= PLAIN_SHA1_BUDGET) {
    plainHashed += length;
    hash = new Sha1();
  } else {
    nodeCrypto ??= require('node:crypto') as typeof NodeCrypto;
    hash = nodeCrypto.createHash('sha1');
  }
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/**
 * Node's SHA-1 and zlib for writing git objects (5–10× faster than WebCrypto and CompressionStream).
 * Loose objects are deflated at level 1, as native git writes them: at 50,000 notes zlib's
 * default level 6 spent 3.3 s of `init`'s 13 s in deflate.
 */
export const nodeCodec: GitObjectCodec = {
  sha1: (data) => sha1Parts([data]),
  sha1Parts,
  deflate: deflateLoose,
  inflate: (data) => inflateSync(data),
};
