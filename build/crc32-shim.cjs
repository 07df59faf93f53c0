// Stands in for `crc-32` in main.js: isomorphic-git calls only `buf(bytes)`, for the pack index of
// a fetch. The CRC-32 of zlib and PNG (reflected polynomial 0xEDB88320), table built on first use.
'use strict';
let table;

function buf(bytes, seed = 0) {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~seed;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return ~crc; // signed, as crc-32 returns it
}

module.exports = { buf };
