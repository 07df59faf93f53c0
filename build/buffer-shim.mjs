// The `Buffer` isomorphic-git names in main.js (imported into its module), and what
// `require('buffer')` gives there (build/pluginDependencies.cjs): isomorphic-git uses Node's
// `Buffer`, which Obsidian mobile does not have. This is the part of Node's API that
// isomorphic-git calls, on a Uint8Array subclass, in place of the npm `buffer` package (25 KiB of
// the bundle): from, alloc, concat, isBuffer, byteLength; toString and write in utf8, hex, base64
// and latin1; slice as a view (as in Node, unlike Uint8Array#slice); equals, compare, copy; and
// the unsigned 8/16/32-bit big-endian reads and writes. tests/build/bufferShim.test.ts holds it to Node's Buffer; `npm run test:plugin-deps`
// runs the git tests against an isomorphic-git built with it.

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF, as Node's toString does.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function normalize(encoding) {
  const e = String(encoding ?? 'utf8').toLowerCase();
  if (e === 'utf8' || e === 'utf-8') return 'utf8';
  if (e === 'hex' || e === 'base64' || e === 'latin1') return e;
  if (e === 'binary' || e === 'ascii') return 'latin1';
  throw new TypeError(`Unknown encoding: ${encoding}`);
}

function encode(string, encoding) {
  switch (normalize(encoding)) {
    case 'utf8':
      return encoder.encode(string);
    case 'hex': {
      const out = new Uint8Array(string.length >>> 1);
      for (let i = 0; i < out.length; i++) {
        const byte = parseInt(string.substr(i * 2, 2), 16);
        if (Number.isNaN(byte)) return out.subarray(0, i); // Node stops at the first non-hex pair
        out[i] = byte;
      }
      return out;
    }
    case 'base64':
      return latin1(atob(base64Digits(string)));
    default:
      return latin1(string);
  }
}

/** What Node's lenient base64 decoder reads: url-safe digits too, anything else skipped, padding optional. */
function base64Digits(string) {
  let digits = string
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/[^A-Za-z0-9+/]/g, '');
  if (digits.length % 4 === 1) digits = digits.slice(0, -1);
  return digits + '='.repeat((4 - (digits.length % 4)) % 4);
}

function latin1(string) {
  const out = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) out[i] = string.charCodeAt(i) & 0xff;
  return out;
}

function latin1String(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  return s;
}

/** A Buffer over the same memory as `bytes`. */
function view(bytes) {
  return new Buffer(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export class Buffer extends Uint8Array {
  static from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return view(encode(value, encodingOrOffset));
    // By tag, not instanceof: an ArrayBuffer from another realm (Electron, a worker) counts too.
    if (Object.prototype.toString.call(value) === '[object ArrayBuffer]')
      return new Buffer(value, encodingOrOffset ?? 0, length ?? value.byteLength - (encodingOrOffset ?? 0));
    if (ArrayBuffer.isView(value))
      return view(new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice());
    if (value != null && typeof value.length === 'number') return view(Uint8Array.from(value));
    throw new TypeError('Buffer.from: a string, ArrayBuffer, typed array or array-like is needed');
  }

  static alloc(size, fill) {
    const b = new Buffer(size);
    if (fill !== undefined) b.fill(typeof fill === 'string' ? fill.charCodeAt(0) : fill);
    return b;
  }

  static allocUnsafe(size) {
    return new Buffer(size);
  }

  static isBuffer(value) {
    return value instanceof Buffer;
  }

  static byteLength(value, encoding) {
    return typeof value === 'string' ? encode(value, encoding).length : value.byteLength;
  }

  static concat(list, totalLength) {
    const total = totalLength ?? list.reduce((n, b) => n + b.length, 0);
    const out = new Buffer(total);
    let at = 0;
    for (const b of list) {
      if (at >= total) break;
      const part = b.length > total - at ? b.subarray(0, total - at) : b;
      out.set(part, at);
      at += part.length;
    }
    return out;
  }

  static compare(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  }

  toString(encoding, start = 0, end = this.length) {
    const bytes = this.subarray(start, end);
    switch (normalize(encoding)) {
      case 'utf8':
        return decoder.decode(bytes);
      case 'hex': {
        let s = '';
        for (const byte of bytes) s += (byte < 16 ? '0' : '') + byte.toString(16);
        return s;
      }
      case 'base64':
        return btoa(latin1String(bytes));
      default:
        return latin1String(bytes);
    }
  }

  toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  }

  /** Writes `string` at `offset`, at most `length` bytes; returns how many were written. */
  write(string, offset, length, encoding) {
    if (typeof offset === 'string') [encoding, offset, length] = [offset, 0, undefined];
    else if (typeof length === 'string') [encoding, length] = [length, undefined];
    const at = offset ?? 0;
    const bytes = encode(string, encoding);
    const n = Math.min(bytes.length, length ?? Infinity, this.length - at);
    this.set(bytes.subarray(0, n), at);
    return n;
  }

  /** A view, as Node's Buffer#slice is (Uint8Array#slice copies). */
  slice(start, end) {
    return this.subarray(start, end);
  }

  equals(other) {
    return Buffer.compare(this, other) === 0;
  }

  compare(other) {
    return Buffer.compare(this, other);
  }

  copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
    const part = this.subarray(sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
    target.set(part, targetStart);
    return part.length;
  }

  readUInt8(offset = 0) {
    return this.check(offset, 1)[offset];
  }

  readUInt16BE(offset = 0) {
    this.check(offset, 2);
    return (this[offset] << 8) | this[offset + 1];
  }

  readUInt32BE(offset = 0) {
    this.check(offset, 4);
    return this[offset] * 0x1000000 + ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]);
  }

  writeUInt8(value, offset = 0) {
    this.check(offset, 1)[offset] = value;
    return offset + 1;
  }

  writeUInt16BE(value, offset = 0) {
    this.check(offset, 2);
    this[offset] = value >>> 8;
    this[offset + 1] = value;
    return offset + 2;
  }

  writeUInt32BE(value, offset = 0) {
    this.check(offset, 4);
    this[offset] = value >>> 24;
    this[offset + 1] = value >>> 16;
    this[offset + 2] = value >>> 8;
    this[offset + 3] = value;
    return offset + 4;
  }

  check(offset, size) {
    if (offset < 0 || offset + size > this.length) throw new RangeError(`Offset ${offset} is outside the buffer`);
    return this;
  }
}
