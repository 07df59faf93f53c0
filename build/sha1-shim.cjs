// Stands in for `sha.js/sha1.js` in main.js. isomorphic-git hashes with WebCrypto where it can
// (every Obsidian engine has it) and synchronously with sha.js only while writing a packfile to
// push; sha.js and its helpers (to-buffer, safe-buffer, inherits) cost about 5 KiB of the bundle.
// FIPS 180-4 SHA-1 with the shape isomorphic-git uses: `update(bytes)`, `digest()` (the 20 bytes)
// and `digest('hex')`.
'use strict';

class Sha1 {
  constructor() {
    this.h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
    this.block = new Uint8Array(64);
    this.filled = 0;
    this.length = 0;
    this.w = new Int32Array(80);
  }

  update(bytes) {
    this.length += bytes.length;
    for (let i = 0; i < bytes.length;) {
      const n = Math.min(64 - this.filled, bytes.length - i);
      this.block.set(bytes.subarray(i, i + n), this.filled);
      this.filled += n;
      i += n;
      if (this.filled === 64) {
        this.compress(this.block);
        this.filled = 0;
      }
    }
    return this;
  }

  digest(encoding) {
    const bits = this.length * 8;
    const tail = new Uint8Array(this.filled < 56 ? 64 - this.filled : 128 - this.filled);
    tail[0] = 0x80;
    const view = new DataView(tail.buffer);
    view.setUint32(tail.length - 8, Math.floor(bits / 0x100000000));
    view.setUint32(tail.length - 4, bits >>> 0);
    this.update(tail);
    const out = new Uint8Array(20);
    for (let i = 0; i < 5; i++) new DataView(out.buffer).setUint32(i * 4, this.h[i] >>> 0);
    if (encoding === undefined) return out;
    if (encoding !== 'hex') throw new TypeError(`sha1 digest: unsupported encoding ${encoding}`);
    return Array.from(out, (byte) => byte.toString(16).padStart(2, '0')).join('');
  }

  compress(block) {
    const w = this.w;
    for (let i = 0; i < 16; i++)
      w[i] = (block[i * 4] << 24) | (block[i * 4 + 1] << 16) | (block[i * 4 + 2] << 8) | block[i * 4 + 3];
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = this.h;
    for (let i = 0; i < 80; i++) {
      const f =
        i < 20
          ? ((b & c) | (~b & d)) + 0x5a827999
          : i < 40
            ? (b ^ c ^ d) + 0x6ed9eba1
            : i < 60
              ? ((b & c) | (b & d) | (c & d)) + 0x8f1bbcdc
              : (b ^ c ^ d) + 0xca62c1d6;
      const t = (((a << 5) | (a >>> 27)) + f + e + w[i]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    const h = this.h;
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
}

module.exports = Sha1;
