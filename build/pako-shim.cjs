// Stands in for the `pako` package in main.js. isomorphic-git inflates every object it reads and
// every packfile entry with pako, so inflate is pako's own (lib/inflate.js). It deflates with pako
// only where `CompressionStream` is missing (and the plugin writes objects through node's zlib or
// CompressionStream itself whenever it can), so deflate is zlib's "stored" form: valid RFC 1950
// data any git reads, uncompressed. That halves pako's 45 KiB in the plugin's bundle.
'use strict';
const inflate = require('../node_modules/pako/lib/inflate.js');

/** Largest stored block (RFC 1951 §3.2.4): LEN is 16 bits. */
const BLOCK = 0xffff;

function adler32(bytes) {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length;) {
    // 5552 bytes is the most that can be summed before the 32-bit sums need reducing.
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib (RFC 1950) with stored blocks only: header, blocks of at most 65535 bytes, Adler-32. */
function deflate(input) {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const blocks = Math.max(1, Math.ceil(bytes.length / BLOCK));
  const out = new Uint8Array(2 + blocks * 5 + bytes.length + 4);
  out[0] = 0x78; // deflate, 32 KiB window
  out[1] = 0x01; // check bits: (0x78 * 256 + 0x01) % 31 === 0, no dictionary, fastest level
  let at = 2;
  for (let block = 0; block < blocks; block++) {
    const start = block * BLOCK;
    const length = Math.min(BLOCK, bytes.length - start);
    out[at++] = block === blocks - 1 ? 1 : 0; // BFINAL, BTYPE 00 (stored)
    out[at++] = length & 0xff;
    out[at++] = length >>> 8;
    out[at++] = ~length & 0xff;
    out[at++] = (~length >>> 8) & 0xff;
    out.set(bytes.subarray(start, start + length), at);
    at += length;
  }
  const sum = adler32(bytes);
  out[at++] = sum >>> 24;
  out[at++] = (sum >>> 16) & 0xff;
  out[at++] = (sum >>> 8) & 0xff;
  out[at] = sum & 0xff;
  return out;
}

module.exports = { Inflate: inflate.Inflate, inflate: inflate.inflate, deflate };
