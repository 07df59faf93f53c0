// Stands in for the `pako` package in main.js (esbuild.config.mjs aliases it here). isomorphic-git
// inflates every object it reads, and every packfile entry as the pack streams in, with pako: here
// both are this file's inflate (RFC 1950/1951), the part of pako's API isomorphic-git calls:
// `inflate(bytes)`, and `new Inflate()` with `push(chunk, last)`, `result`, `err`, `msg` and
// `strm.avail_in` (the bytes of the last chunk after the zlib stream's end). It resumes at the
// last block boundary when a chunk ends inside a block, so streaming stays linear. isomorphic-git
// deflates with pako only where `CompressionStream` is missing (and the plugin writes objects
// through node's zlib or CompressionStream itself whenever it can), so deflate is zlib's "stored"
// form: valid RFC 1950 data any git reads, uncompressed. Together that is about 4 KiB of the
// plugin's bundle instead of pako's 45 (22 with pako's own inflate).
'use strict';

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
/** The order code length code lengths come in (RFC 1951 §3.2.7). */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Thrown inside the decoder when the input ends before the block does: wait for the next chunk. */
const NEED_MORE = Symbol('need more input');

/**
 * A canonical Huffman code as one lookup table indexed by the next `bits` input bits (LSB first):
 * each entry is `symbol << 4 | code length`, 0 where no code matches.
 */
function huffman(lengths) {
  let bits = 0;
  const count = new Uint16Array(16);
  for (const length of lengths) {
    count[length]++;
    if (length > bits) bits = length;
  }
  count[0] = 0;
  let left = 1;
  for (let length = 1; length < 16; length++) {
    left = (left << 1) - count[length];
    if (left < 0) throw 'invalid code lengths set';
  }
  const next = new Uint16Array(16);
  for (let length = 1; length < 16; length++) next[length] = (next[length - 1] + count[length - 1]) << 1;
  const table = new Int32Array(1 << bits);
  for (let symbol = 0; symbol < lengths.length; symbol++) {
    const length = lengths[symbol];
    if (length === 0) continue;
    let code = next[length]++;
    let reversed = 0;
    for (let i = 0; i < length; i++, code >>= 1) reversed = (reversed << 1) | (code & 1);
    for (let i = reversed; i < table.length; i += 1 << length) table[i] = (symbol << 4) | length;
  }
  return { table, bits };
}

let fixedCodes;
function fixed() {
  if (!fixedCodes) {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144);
    lengths.fill(9, 144, 256);
    lengths.fill(7, 256, 280);
    lengths.fill(8, 280, 288);
    fixedCodes = { literals: huffman(lengths), distances: huffman(new Uint8Array(30).fill(5)) };
  }
  return fixedCodes;
}

/**
 * A zlib stream decoder over input that may arrive in chunks: `append(chunk)`, then `run(last)`
 * decodes as far as the input goes and returns true once the stream and its checksum are read
 * (throwing a message on bad data); `consumed()` is then where the stream ended in the input.
 * Its state lives in closure variables (the minifier shortens those, not property names).
 */
function createInflater() {
  let input = new Uint8Array(0);
  let inputLength = 0;
  let output = new Uint8Array(1024);
  let outputLength = 0;
  /** Next input byte, and the bits read from input but not yet used (LSB first). */
  let pos = 0;
  let bitBuffer = 0;
  let bitCount = 0;
  let started = false;
  let lastBlockRead = false;

  function append(chunk) {
    const bytes = chunk instanceof Uint8Array ? chunk : new Uint8Array(chunk);
    if (inputLength === 0 && pos === 0) {
      input = bytes;
      inputLength = bytes.length;
      return;
    }
    if (inputLength + bytes.length > input.length || input.buffer === bytes.buffer) {
      const grown = new Uint8Array(Math.max(inputLength + bytes.length, input.length * 2));
      grown.set(input.subarray(0, inputLength));
      input = grown;
    }
    input.set(bytes, inputLength);
    inputLength += bytes.length;
  }

  function run(last) {
    let mark = [pos, bitBuffer, bitCount, outputLength];
    try {
      if (!started) {
        const header = (bits(8) << 8) | bits(8);
        if ((header & 0x0f00) !== 0x0800) throw 'unknown compression method';
        if (header % 31 !== 0) throw 'incorrect header check';
        if (header & 0x20) throw 'need dictionary';
        started = true;
      }
      while (!lastBlockRead) {
        mark = [pos, bitBuffer, bitCount, outputLength];
        const final = bits(1);
        const type = bits(2);
        if (type === 0) stored();
        else if (type === 1) codes(fixed().literals, fixed().distances);
        else if (type === 2) dynamic();
        else throw 'invalid block type';
        lastBlockRead = final === 1;
      }
      // The Adler-32 of the output, big-endian, from the next byte boundary.
      mark = [pos, bitBuffer, bitCount, outputLength];
      align();
      if (pos + 4 > inputLength) throw NEED_MORE;
      const check = ((input[pos] << 24) | (input[pos + 1] << 16) | (input[pos + 2] << 8) | input[pos + 3]) >>> 0;
      pos += 4;
      if (check !== adler32(output.subarray(0, outputLength))) throw 'incorrect data check';
      return true;
    } catch (err) {
      if (err !== NEED_MORE) throw err;
      if (last) throw 'unexpected end of file';
      // Back to the start of the block the input ended in: it is decoded again with more input.
      [pos, bitBuffer, bitCount, outputLength] = mark;
      return false;
    }
  }

  function bits(n) {
    while (bitCount < n) {
      if (pos >= inputLength) throw NEED_MORE;
      bitBuffer |= input[pos++] << bitCount;
      bitCount += 8;
    }
    const value = bitBuffer & ((1 << n) - 1);
    bitBuffer >>>= n;
    bitCount -= n;
    return value;
  }

  /** Drops the bits left of the current byte, and gives back whole bytes read ahead. */
  function align() {
    pos -= bitCount >> 3;
    bitBuffer = 0;
    bitCount = 0;
  }

  function symbol({ table, bits: width }) {
    if (width === 0) throw 'invalid distance code';
    while (bitCount < width && pos < inputLength) {
      bitBuffer |= input[pos++] << bitCount;
      bitCount += 8;
    }
    const entry = table[bitBuffer & ((1 << width) - 1)];
    const length = entry & 15;
    if (length === 0 || length > bitCount) {
      if (bitCount < width) throw NEED_MORE;
      throw 'invalid code';
    }
    bitBuffer >>>= length;
    bitCount -= length;
    return entry >> 4;
  }

  function reserve(n) {
    if (outputLength + n <= output.length) return;
    const grown = new Uint8Array(Math.max(outputLength + n, output.length * 2));
    grown.set(output.subarray(0, outputLength));
    output = grown;
  }

  function stored() {
    align();
    if (pos + 4 > inputLength) throw NEED_MORE;
    const length = input[pos] | (input[pos + 1] << 8);
    if (length !== (~(input[pos + 2] | (input[pos + 3] << 8)) & 0xffff)) throw 'invalid stored block lengths';
    if (pos + 4 + length > inputLength) throw NEED_MORE;
    reserve(length);
    output.set(input.subarray(pos + 4, pos + 4 + length), outputLength);
    outputLength += length;
    pos += 4 + length;
  }

  function dynamic() {
    const literalCount = bits(5) + 257;
    const distanceCount = bits(5) + 1;
    const codeLengthCount = bits(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw 'too many length or distance symbols';
    const codeLengths = new Uint8Array(19);
    for (let i = 0; i < codeLengthCount; i++) codeLengths[CODE_LENGTH_ORDER[i]] = bits(3);
    const lengthCode = huffman(codeLengths);
    const lengths = new Uint8Array(literalCount + distanceCount);
    for (let i = 0; i < lengths.length;) {
      const code = symbol(lengthCode);
      if (code < 16) {
        lengths[i++] = code;
        continue;
      }
      if (code === 16 && i === 0) throw 'invalid bit length repeat';
      const value = code === 16 ? lengths[i - 1] : 0;
      const repeat = code === 16 ? 3 + bits(2) : code === 17 ? 3 + bits(3) : 11 + bits(7);
      if (i + repeat > lengths.length) throw 'invalid bit length repeat';
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    if (lengths[256] === 0) throw 'invalid code -- missing end-of-block';
    codes(huffman(lengths.subarray(0, literalCount)), huffman(lengths.subarray(literalCount)));
  }

  function codes(literals, distances) {
    for (;;) {
      const code = symbol(literals);
      if (code < 256) {
        reserve(1);
        output[outputLength++] = code;
        continue;
      }
      if (code === 256) return;
      const index = code - 257;
      if (index >= 29) throw 'invalid literal/length code';
      const length = LENGTH_BASE[index] + bits(LENGTH_EXTRA[index]);
      const distanceCode = symbol(distances);
      if (distanceCode >= 30) throw 'invalid distance code';
      const distance = DISTANCE_BASE[distanceCode] + bits(DISTANCE_EXTRA[distanceCode]);
      if (distance > outputLength) throw 'invalid distance too far back';
      reserve(length);
      for (let i = 0, from = outputLength - distance; i < length; i++) output[outputLength++] = output[from++];
    }
  }

  return {
    append,
    run,
    consumed: () => pos - (bitCount >> 3),
    inputLength: () => inputLength,
    result: () => output.slice(0, outputLength),
  };
}

/** pako's streaming shape: push chunks; `result` once the stream ended, `strm.avail_in` what followed it. */
class Inflate {
  constructor() {
    this.inflater = createInflater();
    this.err = 0;
    this.msg = '';
    this.result = undefined;
    this.strm = { avail_in: 0 };
  }

  push(chunk, last) {
    if (this.err || this.result) return false;
    const inflater = this.inflater;
    inflater.append(chunk);
    try {
      if (!inflater.run(Boolean(last))) {
        this.strm.avail_in = 0;
        return true;
      }
    } catch (message) {
      this.err = -3; // Z_DATA_ERROR
      this.msg = String(message);
      return false;
    }
    this.result = inflater.result();
    this.strm.avail_in = inflater.inputLength() - inflater.consumed();
    return true;
  }
}

/** The whole of a zlib stream; throws the problem as a string, as pako does. */
function inflate(input) {
  const inflater = createInflater();
  inflater.append(input);
  inflater.run(true);
  return inflater.result();
}

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

module.exports = { Inflate, inflate, deflate };
